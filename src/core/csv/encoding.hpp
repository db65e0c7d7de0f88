// Text encodings of CSV exports and a streaming Decoder that turns any of them
// into UTF-8 before the tokenizer sees the bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace polso::csv {

enum class Encoding : std::uint8_t {
  detect,        // decide from the bytes (the default)
  utf8,
  utf16le,
  utf16be,
  windows1252,
};

// "utf-8", "utf-16le", "utf-16be", "windows-1252".
std::string_view encoding_name(Encoding e);
// Accepts the names above and common aliases ("utf8", "utf-16", "cp1252",
// "latin1", "iso-8859-1"; case-insensitive). "utf-16" means: by BOM, else LE.
std::optional<Encoding> parse_encoding_name(std::string_view name);

// Streaming decoder. Detection, when not forced:
//  - BOM EF BB BF: UTF-8; FF FE: UTF-16 LE; FE FF: UTF-16 BE (BOMs removed);
//  - otherwise UTF-8 until the first non-ASCII sequence: a valid multi-byte
//    sequence locks UTF-8, an invalid one locks Windows-1252. ASCII is the same
//    in both, so deciding late gives exactly the output of deciding early, and
//    a file whose first accent is on row 50 000 is still read right.
// Invalid sequences in locked UTF-8 or unpaired UTF-16 surrogates become
// U+FFFD and are counted.
class Decoder {
 public:
  explicit Decoder(Encoding forced = Encoding::detect);

  // Appends the UTF-8 for `chunk` to `out`. Bytes of an incomplete character
  // at the end of the chunk are held until the next call.
  void feed(std::string_view chunk, std::string& out);
  // Flushes held bytes (an incomplete character becomes U+FFFD).
  void finish(std::string& out);
  // Whether feed(chunk) would append exactly `chunk`: the decoder reads UTF-8
  // (detected or forced) with nothing held back, and the chunk is valid UTF-8
  // ending on a character boundary. Then the state moves on as feed() would
  // move it, `nul_bytes` grows by the chunk's NUL bytes, and the caller uses
  // the chunk as it is, with no copy. Otherwise nothing changes: call feed().
  bool passthrough(std::string_view chunk, std::uint64_t& nul_bytes);

  // The encoding in use; `utf8` while only ASCII has been seen.
  Encoding encoding() const;
  // True once the bytes (or the caller) have settled the encoding.
  bool decided() const { return locked_; }
  std::uint64_t replacements() const { return replacements_; }

 private:
  void decode_utf8(std::string_view in, std::string& out, bool final);
  void decode_utf16(std::string_view in, std::string& out, bool final);
  void decode_1252(std::string_view in, std::string& out);
  void emit_utf16_unit(std::uint16_t u, std::string& out);

  Encoding encoding_;
  bool locked_;
  bool bom_checked_;
  std::string pending_;        // held bytes: BOM candidates or a split character
  std::uint16_t high_surrogate_ = 0;
  std::uint64_t replacements_ = 0;
};

// Appends the UTF-8 encoding of a code point.
void append_utf8(std::uint32_t cp, std::string& out);

}  // namespace polso::csv
