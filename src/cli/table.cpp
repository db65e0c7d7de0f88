#include "cli/table.hpp"

#include <algorithm>

namespace polso::cli {

std::size_t display_width(const std::string& s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) == 0x80) continue;
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x81 &&
        static_cast<unsigned char>(s[i + 2]) >= 0xA6 && static_cast<unsigned char>(s[i + 2]) <= 0xA9)
      continue;
    ++n;
  }
  return n;
}

namespace {

std::size_t width(const std::string& s) { return display_width(s); }

std::string pad(const std::string& s, std::size_t to, bool right) {
  const std::string fill(to > width(s) ? to - width(s) : 0, ' ');
  return right ? fill + s : s + fill;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string table_text(const Table& t) {
  std::vector<std::size_t> widths;
  for (const auto& c : t.columns) widths.push_back(width(c.label));
  for (const auto& row : t.rows)
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) widths[i] = std::max(widths[i], width(row[i].text));
  auto line = [&](auto&& cell_text) {
    std::string out = " ";
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      std::string cell = pad(cell_text(i), widths[i], t.columns[i].right);
      if (i + 1 == t.columns.size() && !t.columns[i].right) cell.erase(cell.find_last_not_of(' ') + 1);
      out += " " + cell;
      if (i + 1 < t.columns.size()) out += " ";
    }
    return out + "\n";
  };
  std::string out = t.title + "\n";
  out += line([&](std::size_t i) { return t.columns[i].label; });
  for (const auto& row : t.rows) out += line([&](std::size_t i) { return i < row.size() ? row[i].text : std::string(); });
  return out;
}

std::string table_csv(const Table& t) {
  std::string out;
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    out += (i ? "," : "") + csv_field(t.columns[i].id);
    if (!t.columns[i].id2.empty()) out += "," + csv_field(t.columns[i].id2);
  }
  out += "\r\n";
  for (const auto& row : t.rows) {
    for (std::size_t i = 0; i < row.size() && i < t.columns.size(); ++i) {
      out += (i ? "," : "") + csv_field(row[i].raw);
      if (!t.columns[i].id2.empty()) out += "," + csv_field(row[i].raw2);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace polso::cli
