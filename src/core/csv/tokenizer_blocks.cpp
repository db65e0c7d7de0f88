// The tokenizer's block path: whole_record() read from the structural bits of
// 64-byte blocks (structural_scan.hpp) instead of byte runs. The quote mask
// (prefix XOR of quote bits) says which delimiters and line breaks end a
// field; the fields of a record are then read by walking those end bits
// (lowest set bit, cleared once read), so an unquoted field costs a few
// bit operations. A quoted field must close right before its end with only
// doubled quotes inside, as the state machine would read it, and anything
// else returns nullptr for the state machine to read from the record's first
// byte, exactly as the scalar whole_record() does. A literal quote in an
// unquoted field (`5" screen`) has flipped the quote mask: its end is found
// byte by byte and the scan restarts after it. Blocks carry on from record to
// record within a chunk; after the state machine has read a record the scan
// restarts at the next record (outside quotes by definition).
#include <bit>
#include <cstring>

#include "core/csv/tokenizer.hpp"

namespace polso::csv {
namespace {

// Scans the block at `base` (up to 64 bytes before e); `carry` is all ones if
// the previous block ended inside quotes.
POLSO_HOT void load_block(const char* base, const char* e, std::uint64_t carry, char delim, char quote, std::uint64_t& ends,
                std::uint64_t& quotes, std::uint64_t& brk, std::uint64_t& carry_out) {
  const auto n = static_cast<std::size_t>(e - base);
  const BlockBits b = scan_block(base, n < 64 ? n : 64, delim, quote);
  std::uint64_t inside = carry;
  if (b.quote) inside ^= prefix_xor(b.quote);
  ends = (b.delim | b.brk) & ~inside;
  quotes = b.quote;
  brk = b.brk;
  carry_out = std::uint64_t{0} - (inside >> 63);
}

// n + the set bits of x, counted up to 3 at least: one instruction where the
// target has popcount (wasm, x86 with POPCNT), a loop on x86-64's baseline.
int add_upto3(int n, std::uint64_t x) {
#if defined(__wasm__) || defined(__POPCNT__)
  return n + std::popcount(x);
#else
  while (x && n < 3) {
    ++n;
    x &= x - 1;
  }
  return n;
#endif
}

// Line breaks in [p, e) with CRLF counted once (p[-1] is never a CR here: it
// is the field's opening quote). Eight bytes at a time between breaks (the
// "has a zero byte" test of tokenizer.cpp's find_special).
std::uint64_t breaks_in(const char* p, const char* const e) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  constexpr std::uint64_t kCr = kOnes * '\r', kLf = kOnes * '\n';
  std::uint64_t n = 0;
  for (;;) {
    while (std::endian::native == std::endian::little && e - p >= 8) {
      std::uint64_t v;
      std::memcpy(&v, p, 8);
      const std::uint64_t xr = v ^ kCr, xl = v ^ kLf;
      const std::uint64_t hit = (((xr - kOnes) & ~xr) | ((xl - kOnes) & ~xl)) & kHighs;
      if (hit) {
        p += std::countr_zero(hit) / 8;
        break;
      }
      p += 8;
    }
    while (p < e && *p != '\r' && *p != '\n') ++p;
    if (p == e) return n;
    if (*p == '\r' || p[-1] != '\r') ++n;
    ++p;
  }
}

}  // namespace

const char* CsvTokenizer::whole_record_blocks(const char* p, const char* const e, RowSink& sink) {
  const char* const p0 = p;
  const char delim = options_.delimiter;
  const char quote = options_.quote;
  BlockCursor c = cursor_;  // a local copy the compiler can keep in registers
  auto load = [&](const char* base, std::uint64_t carry) {
    c.base = base;
    load_block(base, e, carry, delim, quote, c.ends, c.quote, c.brk, c.carry);
  };
  auto next_block = [&]() {
    if (e - c.base <= 64) return false;  // the chunk ends in this block
    load(c.base + 64, c.carry);
    return true;
  };
  if (p == c.failed) return nullptr;  // the record that stopped the last call
  if (p != c.resume) load(p, 0);
  const char* record = p;
  views_.clear();
  unescaped_.clear();
  std::uint64_t breaks = 0;  // line breaks inside quoted fields
  // A record the scan does not read is left to the state machine: at once if
  // it is the first of this call, else after the records before it are
  // handed back (the next call returns nullptr at once).
  auto bail = [&]() -> const char* {
    buffer_.clear();
    cursor_.resume = nullptr;
    if (record == p0) return nullptr;
    cursor_.failed = record;
    return record;
  };
  // The limits, checked once a block and once a record rather than once a
  // field: the record's raw bytes up to `upto` (quotes and delimiters
  // included) are never fewer than what the state machine counts, so a record
  // near a limit is left to it, which then decides exactly.
  auto too_big = [&](const char* upto) {
    return views_.size() > options_.max_fields ||
           static_cast<std::uint64_t>(upto - record) >= options_.max_row_bytes;
  };
  for (;;) {
    const char* const s = p;  // the field's first byte; no bit of c is before it
    if (s == e) return bail();
    const char* end;
    if (*s != quote) {
      // Unquoted: ends at the next delimiter or line break, the next end bit
      // unless a quote bit comes first.
      bool literal = false;
      while (!c.ends) {
        if (c.quote) {
          literal = true;
          break;
        }
        if (!next_block() || too_big(c.base)) return bail();
      }
      const int at = literal ? 0 : std::countr_zero(c.ends);
      if (literal || (c.quote & ((std::uint64_t{1} << at) - 1))) {
        // A literal quote (`5" screen`), as the state machine reads it: the
        // field ends at the next delimiter or line break, whatever the mask
        // says; the scan restarts after it.
        end = s;
        while (end < e && *end != delim && *end != '\r' && *end != '\n') ++end;
        if (end == e || too_big(end)) return bail();
        load(end + 1, 0);
      } else {
        c.ends &= c.ends - 1;
        end = c.base + at;
      }
      keep_field(s, end);
    } else {
      // Quoted: ends at the next delimiter or line break outside quotes. Note
      // the quotes (0, 1, 2, or 3 and more) and line breaks on the way.
      int quotes = 0;
      bool brks = false;
      while (!c.ends) {
        quotes = add_upto3(quotes, c.quote);
        brks = brks || c.brk;
        if (!next_block() || too_big(c.base)) return bail();
      }
      const int at = std::countr_zero(c.ends);
      const std::uint64_t before = (std::uint64_t{1} << at) - 1;
      // The quotes up to 3 without a loop: most quoted fields end in the block
      // they start in.
      const std::uint64_t q = c.quote & before, q2 = q & (q - 1);
      quotes += (q != 0) + (q2 != 0) + ((q2 & (q2 - 1)) != 0);
      brks = brks || (c.brk & before);
      c.ends &= c.ends - 1;
      c.quote &= ~before;
      c.brk &= ~before;
      end = c.base + at;
      // `"…"`: the closing quote right before the end, doubled quotes inside.
      if (end - s < 2 || end[-1] != quote) return bail();  // `"a"b`: a stray quote
      const char* const in = s + 1;
      const char* const in_end = end - 1;
      if (brks) breaks += breaks_in(in, in_end);
      if (quotes > 2) {  // doubled quotes inside
        const auto begin = static_cast<std::uint32_t>(buffer_.size());
        if (!append_unescaped(in, in_end)) return bail();  // a lone quote: stray
        keep_copied_field(begin);
      } else {
        keep_field(in, in_end);
      }
    }
    p = end + 1;
    if (*end == delim) continue;
    if (too_big(end)) return bail();
    p = hand_off_record(p, e, breaks, sink);
    // The next record starts at p (after the LF of a CRLF): clear the bits
    // before it.
    const auto k = p - c.base;
    const std::uint64_t keep = k >= 64 ? 0 : ~std::uint64_t{0} << k;
    c.ends &= keep;
    c.quote &= keep;
    c.brk &= keep;
    // The next record, if it starts here and is not a blank line (the state
    // machine counts those).
    if (p == e || state_ != State::row_start || *p == '\r' || *p == '\n') {
      c.resume = p;
      c.failed = nullptr;
      cursor_ = c;
      return p;
    }
    record = p;
    views_.clear();
    unescaped_.clear();
    breaks = 0;
  }
}

}  // namespace polso::csv
