#include "core/typed_text.hpp"

#include <cctype>
#include <cmath>
#include <optional>

#include "core/csv/numbers.hpp"
#include "core/datasets/orders_amounts.hpp"
#include "core/number_format.hpp"
#include "core/problems.hpp"

namespace polso {
namespace {

using datasets::DurationUnit;

std::vector<std::string_view> split(std::string_view s, std::string_view seps) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && seps.find(s[i]) == std::string_view::npos) continue;
    const std::string_view piece = csv::trim(s.substr(start, i - start));
    if (!piece.empty()) out.push_back(piece);
    start = i + 1;
  }
  return out;
}

csv::NumberFormat format_of(char decimal) { return {decimal, decimal == ',' ? '.' : ','}; }

// "7,5" and "7,5 8,25": every comma sits between digits, once per token, and
// none is followed by a space (a list of "10, 9, 8" is), nor groups three
// digits ("1,234" is a thousand).
bool looks_like_decimal_commas(std::string_view text) {
  bool any = false;
  for (std::string_view token : split(text, " \t\r\n;")) {
    const auto comma = token.find(',');
    if (comma == std::string_view::npos) continue;
    if (token.find(',', comma + 1) != std::string_view::npos) return false;
    if (comma == 0 || !std::isdigit(static_cast<unsigned char>(token[comma - 1]))) return false;
    std::size_t digits = 0;
    while (comma + 1 + digits < token.size() && std::isdigit(static_cast<unsigned char>(token[comma + 1 + digits]))) ++digits;
    if (digits == 0 || digits == 3) return false;
    any = true;
  }
  return any;
}

std::optional<double> number(std::string_view token, char decimal) {
  const csv::ParsedNumber n = csv::parse_number(token, format_of(decimal));
  if (n.ok() && std::isfinite(n.value)) return n.value;
  return std::nullopt;
}

// A whole number in either convention: "9.0" from a spreadsheet on an
// Italian page, "1.234" there as a thousand.
std::optional<double> whole(std::string_view token, char decimal) {
  for (char d : {decimal, decimal == '.' ? ',' : '.'})
    if (auto v = number(token, d); v && *v == std::floor(*v)) return v;
  return std::nullopt;
}

std::optional<double> money(std::string_view token, char decimal) {
  for (char d : {decimal, decimal == '.' ? ',' : '.'}) {  // "1.234,50 €" on an English page too
    const csv::ParsedNumber n = datasets::parse_amount(token, format_of(d));
    if (n.ok() && std::isfinite(n.value)) return n.value;
  }
  return std::nullopt;
}

double unit_seconds(DurationUnit u) {
  switch (u) {
    case DurationUnit::minutes: return 60;
    case DurationUnit::hours: return 3600;
    case DurationUnit::days: return 86400;
    default: return 1;
  }
}

// The unit word after a number: "h", "min", "m", "s", "ore", "secondi" …
std::optional<double> unit_word(std::string_view w) {
  std::string s;
  for (char c : w) s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (s.ends_with('.')) s.pop_back();
  for (std::string_view x : {"s", "sec", "secs", "second", "seconds", "secondo", "secondi"}) if (s == x) return 1;
  for (std::string_view x : {"m", "min", "mins", "minute", "minutes", "minuto", "minuti"}) if (s == x) return 60;
  for (std::string_view x : {"h", "hr", "hrs", "hour", "hours", "ora", "ore"}) if (s == x) return 3600;
  for (std::string_view x : {"d", "day", "days", "g", "giorno", "giorni"}) if (s == x) return 86400;
  return std::nullopt;
}

// "1:30" is 1 min 30 s (m:ss) unless bare numbers count hours (h:mm);
// "1:02:03" is always h:mm:ss.
std::optional<double> clock(std::string_view token, DurationUnit unit) {
  const auto parts = split(token, ":");
  if (parts.size() < 2 || parts.size() > 3 || token.back() == ':') return std::nullopt;
  double v[3] = {0, 0, 0};
  for (std::size_t i = 0; i < parts.size(); ++i) {
    for (char c : parts[i]) if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    if (i > 0 && parts[i].size() != 2) return std::nullopt;
    // Digits only (checked above): the core's own parser, not std::stod,
    // which would pull libc++'s exceptions into the calculators' module.
    const auto x = number(parts[i], '.');
    if (!x) return std::nullopt;
    v[i] = *x;
    if (i > 0 && v[i] >= 60) return std::nullopt;
  }
  if (parts.size() == 3) return v[0] * 3600 + v[1] * 60 + v[2];
  return unit == DurationUnit::hours ? v[0] * 3600 + v[1] * 60 : v[0] * 60 + v[1];
}

// One piece of a duration list: "90" (× unit), "2m", "1h 5m", "5 min", "1:30",
// or several bare numbers "90 120" (one value each). nullopt entries: unread.
void durations(std::string_view piece, char decimal, DurationUnit unit, std::vector<std::optional<double>>& out,
               std::vector<std::string>& texts) {
  const auto words = split(piece, " \t");
  std::optional<double> group;  // a sum of number+unit parts: "1h 5m"
  std::string group_text;
  auto close = [&] {
    if (group) out.push_back(group), texts.push_back(group_text);
    group.reset();
    group_text.clear();
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    if (auto c = clock(w, unit)) {
      close();
      out.push_back(c), texts.emplace_back(w);
      continue;
    }
    std::size_t split_at = 0;  // digits then letters: "2m", "1h"
    while (split_at < w.size() && !std::isalpha(static_cast<unsigned char>(w[split_at]))) ++split_at;
    std::optional<double> x = number(w.substr(0, split_at), decimal);
    std::optional<double> scale;
    if (split_at < w.size()) scale = unit_word(w.substr(split_at));
    else if (i + 1 < words.size() && unit_word(words[i + 1])) scale = unit_word(words[++i]);  // "5 min"
    if (!x || (split_at < w.size() && !scale)) {
      close();
      out.push_back(std::nullopt), texts.emplace_back(w);
      continue;
    }
    if (!scale) {  // a bare number: a value of its own, in the chosen unit
      close();
      out.push_back(*x * unit_seconds(unit)), texts.emplace_back(w);
      continue;
    }
    group = group.value_or(0) + *x * *scale;
    group_text += (group_text.empty() ? "" : " ") + std::string(w);
  }
  close();
}

std::string shown(std::string_view s) { return problems::quoted(s); }

}  // namespace

TypedValues read_typed_text(std::string_view text, TextShape shape, char decimal, DurationUnit unit, bool list) {
  TypedValues out;
  if (decimal != ',') decimal = '.';
  const bool decimals = shape != TextShape::whole_numbers;
  // Commas: decimal marks where the page's mark is ','; on a '.' page, in a
  // field of decimals, "7,5" alone (or a list of such) is read as 7.5, with a
  // note; otherwise they separate values.
  bool comma_decimal = decimals && decimal == ',';
  if (decimals && decimal == '.' && shape != TextShape::money && looks_like_decimal_commas(text)) {
    comma_decimal = true;
    out.notes.push_back(problems::note(
        "decimal_comma_read", "",
        {"A comma between digits was read as a decimal mark (7,5 → 7.5). To enter two values, separate them with a space or a new line.",
         "Una virgola tra due cifre è stata letta come separatore decimale (7,5 → 7.5). Per inserire due valori separali con uno spazio o un a capo."}));
  }
  const char read_decimal = comma_decimal ? ',' : decimal;
  std::string seps = "\r\n;\t";
  if (!comma_decimal && shape != TextShape::money) seps += ',';
  if (shape == TextShape::whole_numbers || shape == TextShape::numbers) seps += ' ';
  if (!list) seps = "\r\n";

  std::vector<std::optional<double>> values;
  std::vector<std::string> texts;
  std::size_t first_line_end = 0;  // values from the first line, for the header check
  const auto lines = split(text, "\r\n");
  for (std::size_t l = 0; l < lines.size(); ++l) {
    for (std::string_view piece : split(lines[l], seps)) {
      if (shape == TextShape::duration) {
        durations(piece, read_decimal, unit, values, texts);
      } else {
        const std::optional<double> v = shape == TextShape::money           ? money(piece, read_decimal)
                                         : shape == TextShape::whole_numbers ? whole(piece, read_decimal)
                                                                             : number(piece, read_decimal);
        values.push_back(v);
        texts.emplace_back(piece);
      }
    }
    if (l == 0) first_line_end = values.size();
  }
  // A pasted column's header: a first line with no number, above numbers.
  std::size_t start = 0;
  bool first_unread = first_line_end > 0;
  for (std::size_t i = 0; i < first_line_end; ++i) first_unread = first_unread && !values[i];
  bool rest_read = values.size() > first_line_end;
  for (std::size_t i = first_line_end; i < values.size(); ++i) rest_read = rest_read && values[i].has_value();
  if (list && lines.size() > 1 && first_unread && rest_read) {
    start = first_line_end;
    out.notes.push_back(problems::note(
        "header_skipped", "",
        {"The first line, " + shown(lines[0]) + ", is not a number: it was taken as the column’s name and skipped.",
         "La prima riga, " + shown(lines[0]) + ", non è un numero: è stata presa come nome della colonna e saltata."}));
  }
  // "7,5" in a list of whole numbers reads as 7 and 5: say so, since 7.5 may have been meant.
  if (shape == TextShape::whole_numbers && list && values.size() == 2 && values[0] && values[1] &&
      looks_like_decimal_commas(text)) {
    const std::string a = format_number(*values[0], Lang::en), b = format_number(*values[1], Lang::en);
    out.notes.push_back(problems::note(
        "comma_between_numbers", "",
        {shown(csv::trim(text)) + " was read as two answers, " + a + " and " + b +
             ". Answers are whole numbers; if you meant one answer, enter it without the comma.",
         shown(csv::trim(text)) + " è stato letto come due risposte, " + a + " e " + b +
             ". Le risposte sono numeri interi; se intendevi una sola risposta, scrivila senza la virgola."}));
  }
  for (std::size_t i = start; i < values.size(); ++i) {
    if (values[i]) out.values.push_back(*values[i]);
    else out.unread.push_back({i - start + 1, texts[i]});
  }
  return out;
}

}  // namespace polso
