#include "core/workbook/xlsx_parts.hpp"

#include <charconv>

#include "core/budgets.hpp"
#include "core/problems.hpp"

namespace polso::workbook {

std::optional<std::int64_t> parse_index(std::string_view text) {
  std::int64_t v = 0;
  const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
  if (r.ec != std::errc() || r.ptr != text.data() + text.size() || v < 0) return std::nullopt;
  return v;
}

void WorkbookPart::on_start(std::string_view name, std::span<const XmlAttribute> a, bool) {
  if (name == "workbookPr") {
    const auto d = attribute(a, "date1904");
    if (d && (*d == "1" || *d == "true")) date_system = DateSystem::from1904;
  } else if (name == "sheet" && sheets.size() < budget::kMaxSheets) {
    const auto state = attribute(a, "state");
    sheets.push_back({attribute(a, "name").value_or(""), attribute(a, "id").value_or(""),
                      state && (*state == "hidden" || *state == "veryHidden")});
  }
}

void RelationshipsPart::on_start(std::string_view name, std::span<const XmlAttribute> a, bool) {
  if (name != "Relationship" || targets_.size() >= budget::kMaxSheets * 4) return;
  auto id = attribute(a, "Id"), target = attribute(a, "Target");
  if (!id || !target) return;
  // Targets are relative to xl/, or absolute from the archive's root.
  std::string entry = target->starts_with("/") ? target->substr(1) : "xl/" + *target;
  targets_.emplace_back(std::move(*id), std::move(entry));
}

std::optional<std::string> RelationshipsPart::entry_of(std::string_view id) const {
  for (const auto& [i, t] : targets_)
    if (i == id) return t;
  return std::nullopt;
}

void SharedStrings::on_start(std::string_view name, std::span<const XmlAttribute>, bool empty) {
  if (name == "si") in_si_ = true;
  else if (name == "rPh") ++in_rph_;
  else if (name == "t" && !empty) ++in_t_;
}

void SharedStrings::on_end(std::string_view name) {
  if (name == "si") {
    in_si_ = false;
    ends_.push_back(text_.size());
    if (ends_.size() > budget::kMaxSharedStrings && !error_)
      error_ = problems::invalid("", "workbook_too_complex",
                                 {"This workbook has more distinct texts than can be read safely. Save the sheet as CSV and open that file.",
                                  "Questa cartella di lavoro ha più testi distinti di quanti se ne possano leggere in sicurezza. Salva il foglio come CSV e apri quel file."});
  } else if (name == "rPh" && in_rph_ > 0) {
    --in_rph_;
  } else if (name == "t" && in_t_ > 0) {
    --in_t_;
  }
}

void SharedStrings::on_text(std::string_view text) {
  if (!in_si_ || in_t_ == 0 || in_rph_ > 0 || error_) return;
  if (text_.size() + text.size() > budget::kMaxSharedStringsBytes) {
    error_ = problems::invalid("", "workbook_too_complex",
                               {"The texts of this workbook are too large to be read safely (over 256 MB). Save the sheet as CSV and open that file.",
                                "I testi di questa cartella di lavoro sono troppo grandi per essere letti in sicurezza (oltre 256 MB). Salva il foglio come CSV e apri quel file."});
    return;
  }
  text_.append(text);
}

std::optional<std::string_view> SharedStrings::at(std::int64_t index) const {
  if (index < 0 || static_cast<std::uint64_t>(index) >= ends_.size()) return std::nullopt;
  const std::size_t i = static_cast<std::size_t>(index);
  const std::uint64_t begin = i == 0 ? 0 : ends_[i - 1];
  return std::string_view(text_).substr(begin, ends_[i] - begin);
}

void StylesPart::on_start(std::string_view name, std::span<const XmlAttribute> a, bool empty) {
  if (name == "numFmt") {
    const auto id = parse_index(attribute(a, "numFmtId").value_or(""));
    if (id && custom_.size() < 100000) custom_.emplace_back(*id, format_code_kind(attribute(a, "formatCode").value_or("")));
  } else if (name == "cellXfs") {
    in_cell_xfs_ = !empty;
  } else if (name == "xf" && in_cell_xfs_ && styles_.size() < 1000000) {
    const std::int64_t id = parse_index(attribute(a, "numFmtId").value_or("0")).value_or(0);
    NumberKind kind = builtin_format_kind(id);
    for (const auto& [cid, ckind] : custom_)
      if (cid == id) kind = ckind;
    styles_.push_back(kind);
  }
}

void StylesPart::on_end(std::string_view name) {
  if (name == "cellXfs") in_cell_xfs_ = false;
}

NumberKind StylesPart::kind_of_style(std::int64_t index) const {
  if (index < 0 || static_cast<std::uint64_t>(index) >= styles_.size()) return NumberKind::number;
  return styles_[static_cast<std::size_t>(index)];
}

}  // namespace polso::workbook
