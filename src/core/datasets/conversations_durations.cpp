#include "core/datasets/conversations_durations.hpp"

#include <cctype>
#include <string>
#include <vector>

namespace polso::datasets {
namespace {

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// The header's words ("first reply time in minutes" → first, reply, …), so
// "ore" (hours, Italian) never matches inside "score".
std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !is_alnum(s[i])) ++i;
    const std::size_t start = i;
    while (i < s.size() && is_alnum(s[i])) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

bool any_word(const std::vector<std::string_view>& words, std::initializer_list<std::string_view> wanted) {
  for (auto w : words)
    for (auto x : wanted)
      if (w == x) return true;
  return false;
}

}  // namespace

DurationUnit unit_from_header(std::string_view folded) {
  if (folded.find("hh:mm") != std::string_view::npos || folded.find("h:mm") != std::string_view::npos)
    return DurationUnit::clock;
  const auto words = words_of(folded);
  auto has = [&](std::string_view k) { return folded.find(k) != std::string_view::npos; };
  // Seconds before minutes before hours: "minutes (s)" does not occur, and a
  // header names one unit.
  if (any_word(words, {"seconds", "second", "secs", "sec", "secondi", "secondo", "secondes", "segundos",
                       "sekunden", "sek"}) ||
      has("(s)"))
    return DurationUnit::seconds;
  if (any_word(words, {"minutes", "minute", "mins", "min", "minuti", "minuto", "minutos", "minuten"}) || has("(m)"))
    return DurationUnit::minutes;
  if (any_word(words, {"hours", "hour", "hrs", "hr", "ore", "ora", "heures", "heure", "horas", "hora",
                       "stunden", "stunde", "std"}) ||
      has("(h)"))
    return DurationUnit::hours;
  if (any_word(words, {"days", "day", "giorni", "giorno", "jours", "jour", "dias", "dia", "tage", "tag"}))
    return DurationUnit::days;
  return DurationUnit::none;
}

bool business_hours_header(std::string_view folded) {
  for (std::string_view k : {"business", "office hours", "working hours", "orario lavorativo", "ore lavorative",
                             "orario di lavoro", "heures ouvr", "horario laboral", "horas laborables", "horario comercial",
                             "horas uteis", "geschaftszeit", "arbeitszeit", "bhrs"})
    if (folded.find(k) != std::string_view::npos) return true;
  return false;
}

std::optional<double> clock_seconds(std::string_view cell) {
  cell = csv::trim(cell);
  bool negative = false;
  if (!cell.empty() && cell.front() == '-') negative = true, cell.remove_prefix(1);
  double parts[3] = {0, 0, 0};
  int n = 0;
  std::size_t i = 0;
  while (i <= cell.size()) {
    if (n == 3) return std::nullopt;
    std::size_t start = i;
    double v = 0;
    while (i < cell.size() && cell[i] >= '0' && cell[i] <= '9') v = v * 10 + (cell[i++] - '0');
    const std::size_t digits = i - start;
    // hours: 1+ digits; minutes and seconds: exactly 2 (seconds may have a fraction)
    if (digits == 0 || digits > 9 || (n > 0 && digits != 2)) return std::nullopt;
    if (n == 2 && i < cell.size() && (cell[i] == '.' || cell[i] == ',')) {
      double scale = 0.1;
      for (++i; i < cell.size() && cell[i] >= '0' && cell[i] <= '9'; ++i, scale /= 10) v += (cell[i] - '0') * scale;
    }
    parts[n++] = v;
    if (i == cell.size()) break;
    if (cell[i] != ':') return std::nullopt;
    ++i;
  }
  if (n < 2 || parts[1] >= 60 || parts[2] >= 60) return std::nullopt;
  const double s = parts[0] * 3600 + parts[1] * 60 + parts[2];
  return negative ? -s : s;
}

std::optional<double> duration_seconds(std::string_view cell, DurationUnit unit, csv::NumberFormat format) {
  cell = csv::trim(cell);
  if (cell.find(':') != std::string_view::npos) return clock_seconds(cell);
  const csv::ParsedNumber n = csv::parse_number(cell, format);
  if (!n.ok() || !std::isfinite(n.value)) return std::nullopt;
  switch (unit) {
    case DurationUnit::seconds: return n.value;
    case DurationUnit::minutes: return n.value * 60;
    case DurationUnit::hours: return n.value * 3600;
    case DurationUnit::days: return n.value * 86400;
    case DurationUnit::clock:  // a bare number in an "(HH:mm:ss)" column: no unit to trust
    case DurationUnit::none: return std::nullopt;
  }
  return std::nullopt;
}

std::string_view duration_unit_id(DurationUnit u) {
  switch (u) {
    case DurationUnit::seconds: return "seconds";
    case DurationUnit::minutes: return "minutes";
    case DurationUnit::hours: return "hours";
    case DurationUnit::days: return "days";
    case DurationUnit::clock: return "hh:mm:ss";
    case DurationUnit::none: return "";
  }
  return "";
}

std::optional<DurationUnit> parse_duration_unit(std::string_view id) {
  for (DurationUnit u : {DurationUnit::seconds, DurationUnit::minutes, DurationUnit::hours, DurationUnit::days,
                         DurationUnit::clock})
    if (duration_unit_id(u) == id) return u;
  if (id == "s" || id == "sec") return DurationUnit::seconds;
  if (id == "min" || id == "m") return DurationUnit::minutes;
  if (id == "h" || id == "hrs") return DurationUnit::hours;
  return std::nullopt;
}

}  // namespace polso::datasets
