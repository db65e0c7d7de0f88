// Decoding is byte-exact and stateful: a chunk may end inside a UTF-8
// sequence, a UTF-16 code unit or a surrogate pair; those bytes wait in
// `pending_` (at most 3) or `high_surrogate_` for the next chunk.
#include "core/csv/encoding.hpp"

#include <cctype>
#include <cstring>

namespace polso::csv {
namespace {

constexpr std::uint32_t kReplacement = 0xFFFD;

// Windows-1252 0x80..0x9F; the five undefined bytes map to the C1 controls,
// as browsers do.
constexpr std::uint16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Length of the UTF-8 sequence led by `b`, 0 if `b` cannot lead one.
int sequence_length(unsigned char b) {
  if (b >= 0xC2 && b <= 0xDF) return 2;
  if (b >= 0xE0 && b <= 0xEF) return 3;
  if (b >= 0xF0 && b <= 0xF4) return 4;
  return 0;
}

// Whether `c` may follow at position `k` (1-based) after lead `lead`; the
// narrower second-byte ranges exclude overlongs, surrogates and > U+10FFFF.
bool valid_continuation(unsigned char lead, int k, unsigned char c) {
  if (k == 1) {
    if (lead == 0xE0) return c >= 0xA0 && c <= 0xBF;
    if (lead == 0xED) return c >= 0x80 && c <= 0x9F;
    if (lead == 0xF0) return c >= 0x90 && c <= 0xBF;
    if (lead == 0xF4) return c >= 0x80 && c <= 0x8F;
  }
  return c >= 0x80 && c <= 0xBF;
}

}  // namespace

void append_utf8(std::uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string_view encoding_name(Encoding e) {
  switch (e) {
    case Encoding::detect: return "detect";
    case Encoding::utf8: return "utf-8";
    case Encoding::utf16le: return "utf-16le";
    case Encoding::utf16be: return "utf-16be";
    case Encoding::windows1252: return "windows-1252";
  }
  return "utf-8";
}

std::optional<Encoding> parse_encoding_name(std::string_view name) {
  std::string n;
  for (char c : name) {
    if (c != '-' && c != '_' && c != ' ') n.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (n.empty() || n == "auto" || n == "detect") return Encoding::detect;
  if (n == "utf8") return Encoding::utf8;
  if (n == "utf16" || n == "utf16le" || n == "ucs2") return Encoding::utf16le;
  if (n == "utf16be") return Encoding::utf16be;
  if (n == "windows1252" || n == "cp1252" || n == "latin1" || n == "iso88591") return Encoding::windows1252;
  return std::nullopt;
}

Decoder::Decoder(Encoding forced)
    : encoding_(forced == Encoding::detect ? Encoding::utf8 : forced),
      locked_(forced != Encoding::detect),
      bom_checked_(forced == Encoding::windows1252) {}

Encoding Decoder::encoding() const { return encoding_; }

void Decoder::feed(std::string_view chunk, std::string& out) {
  std::string joined;
  std::string_view in = chunk;
  if (!pending_.empty()) {
    joined = pending_;
    joined.append(chunk);
    pending_.clear();
    in = joined;
  }
  if (!bom_checked_) {
    const bool may_utf8 = !locked_ || encoding_ == Encoding::utf8;
    const bool may_utf16 = !locked_ || encoding_ == Encoding::utf16le || encoding_ == Encoding::utf16be;
    if (may_utf8 && starts_with(in, "\xEF\xBB\xBF")) {
      encoding_ = Encoding::utf8;
      locked_ = true;
      in.remove_prefix(3);
    } else if (may_utf16 && starts_with(in, "\xFF\xFE")) {
      encoding_ = Encoding::utf16le;
      locked_ = true;
      in.remove_prefix(2);
    } else if (may_utf16 && starts_with(in, "\xFE\xFF")) {
      encoding_ = Encoding::utf16be;
      locked_ = true;
      in.remove_prefix(2);
    } else if (in.size() < 3 && ((may_utf8 && starts_with("\xEF\xBB\xBF", in)) ||
                                 (may_utf16 && in.size() < 2 &&
                                  (in == "\xFF" || in == "\xFE" || in.empty())))) {
      pending_.assign(in);  // too few bytes to tell yet
      return;
    }
    bom_checked_ = true;
  }
  switch (encoding_) {
    case Encoding::utf16le:
    case Encoding::utf16be: decode_utf16(in, out, false); break;
    case Encoding::windows1252: decode_1252(in, out); break;
    default: decode_utf8(in, out, false); break;
  }
}

bool Decoder::passthrough(std::string_view chunk, std::uint64_t& nul_bytes) {
  if (!bom_checked_ || !pending_.empty() || encoding_ != Encoding::utf8) return false;
  const auto* p = reinterpret_cast<const unsigned char*>(chunk.data());
  const auto* const e = p + chunk.size();
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  std::uint64_t nuls = 0;
  bool multibyte = false;
  while (p < e) {
    // Eight bytes at a time while they are ASCII and not NUL.
    while (e - p >= 8) {
      std::uint64_t v;
      std::memcpy(&v, p, 8);
      if ((v | ((v - kOnes) & ~v)) & kHighs) break;
      p += 8;
    }
    if (p == e) break;
    const unsigned char b = *p;
    if (b < 0x80) {
      nuls += b == 0;
      ++p;
      continue;
    }
    const int len = sequence_length(b);
    if (len == 0 || e - p < len) return false;
    for (int k = 1; k < len; ++k)
      if (!valid_continuation(b, k, p[k])) return false;
    multibyte = true;
    p += len;
  }
  if (multibyte) locked_ = true;
  nul_bytes += nuls;
  return true;
}

void Decoder::finish(std::string& out) {
  std::string rest;
  rest.swap(pending_);
  bom_checked_ = true;
  switch (encoding_) {
    case Encoding::utf16le:
    case Encoding::utf16be: decode_utf16(rest, out, true); break;
    case Encoding::windows1252: decode_1252(rest, out); break;
    default: decode_utf8(rest, out, true); break;
  }
}

void Decoder::decode_1252(std::string_view in, std::string& out) {
  for (char ch : in) {
    const auto b = static_cast<unsigned char>(ch);
    if (b < 0x80) {
      out.push_back(ch);
    } else {
      append_utf8(b < 0xA0 ? kCp1252High[b - 0x80] : b, out);
    }
  }
}

void Decoder::decode_utf8(std::string_view in, std::string& out, bool final) {
  std::size_t i = 0;
  const std::size_t n = in.size();
  while (i < n) {
    std::size_t run = i;
    while (run < n && static_cast<unsigned char>(in[run]) < 0x80) ++run;
    out.append(in.data() + i, run - i);
    i = run;
    if (i == n) break;

    const auto lead = static_cast<unsigned char>(in[i]);
    const int len = sequence_length(lead);
    int good = 0;  // valid continuation bytes present
    while (len > 0 && good < len - 1 && i + 1 + good < n &&
           valid_continuation(lead, good + 1, static_cast<unsigned char>(in[i + 1 + good])))
      ++good;
    if (len > 0 && good == len - 1) {
      locked_ = true;  // a real multi-byte character: this is UTF-8
      out.append(in.data() + i, static_cast<std::size_t>(len));
      i += static_cast<std::size_t>(len);
      continue;
    }
    if (len > 0 && i + 1 + good == n && !final) {
      pending_.assign(in.substr(i));  // split character: wait for the rest
      return;
    }
    if (!locked_) {
      // The first non-ASCII bytes are not UTF-8: the file is Windows-1252.
      encoding_ = Encoding::windows1252;
      locked_ = true;
      decode_1252(in.substr(i), out);
      return;
    }
    append_utf8(kReplacement, out);
    ++replacements_;
    i += 1 + static_cast<std::size_t>(good);
  }
}

void Decoder::emit_utf16_unit(std::uint16_t u, std::string& out) {
  if (u >= 0xD800 && u <= 0xDBFF) {
    if (high_surrogate_) {
      append_utf8(kReplacement, out);
      ++replacements_;
    }
    high_surrogate_ = u;
    return;
  }
  if (u >= 0xDC00 && u <= 0xDFFF) {
    if (high_surrogate_) {
      const std::uint32_t cp = 0x10000 + ((std::uint32_t{high_surrogate_} - 0xD800) << 10) + (u - 0xDC00);
      high_surrogate_ = 0;
      append_utf8(cp, out);
    } else {
      append_utf8(kReplacement, out);
      ++replacements_;
    }
    return;
  }
  if (high_surrogate_) {
    high_surrogate_ = 0;
    append_utf8(kReplacement, out);
    ++replacements_;
  }
  append_utf8(u, out);
}

void Decoder::decode_utf16(std::string_view in, std::string& out, bool final) {
  const bool le = encoding_ == Encoding::utf16le;
  std::size_t i = 0;
  for (; i + 1 < in.size(); i += 2) {
    const auto a = static_cast<unsigned char>(in[i]);
    const auto b = static_cast<unsigned char>(in[i + 1]);
    emit_utf16_unit(static_cast<std::uint16_t>(le ? (b << 8) | a : (a << 8) | b), out);
  }
  if (i < in.size()) {
    if (!final) {
      pending_.assign(in.substr(i));
      return;
    }
    append_utf8(kReplacement, out);  // an odd byte at the very end
    ++replacements_;
  }
  if (final && high_surrogate_) {
    high_surrogate_ = 0;
    append_utf8(kReplacement, out);
    ++replacements_;
  }
}

}  // namespace polso::csv
