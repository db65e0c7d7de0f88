// The small parts of an .xlsx file, each read whole through XmlPull: the
// workbook (its sheets and date system), its relationships (which file holds
// which sheet), the shared strings and the cell styles' number formats.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/workbook/cell_text.hpp"
#include "core/workbook/xml_pull.hpp"

namespace polso::workbook {

struct SheetInfo {
  std::string name;
  bool hidden = false;
  std::string part;  // the zip entry holding it (xlsx), empty for ods
};

// xl/workbook.xml
class WorkbookPart : public XmlHandler {
 public:
  void on_start(std::string_view name, std::span<const XmlAttribute> attributes, bool empty) override;
  void on_end(std::string_view) override {}
  void on_text(std::string_view) override {}

  struct Sheet {
    std::string name, relationship;
    bool hidden = false;
  };
  std::vector<Sheet> sheets;
  DateSystem date_system = DateSystem::from1900;
};

// xl/_rels/workbook.xml.rels: relationship id → zip entry name.
class RelationshipsPart : public XmlHandler {
 public:
  void on_start(std::string_view name, std::span<const XmlAttribute> attributes, bool empty) override;
  void on_end(std::string_view) override {}
  void on_text(std::string_view) override {}
  std::optional<std::string> entry_of(std::string_view id) const;

 private:
  std::vector<std::pair<std::string, std::string>> targets_;
};

// xl/sharedStrings.xml: the text of each <si>, its rich-text runs joined and
// its phonetic guides (<rPh>) left out; one buffer, bounded by
// budget::kMaxSharedStringsBytes.
class SharedStrings : public XmlHandler {
 public:
  void on_start(std::string_view name, std::span<const XmlAttribute> attributes, bool empty) override;
  void on_end(std::string_view name) override;
  void on_text(std::string_view text) override;
  const std::optional<Error>& error() const { return error_; }
  std::optional<std::string_view> at(std::int64_t index) const;

 private:
  std::string text_;
  std::vector<std::uint64_t> ends_;
  int in_t_ = 0, in_rph_ = 0;
  bool in_si_ = false;
  std::optional<Error> error_;
};

// xl/styles.xml: what each cell style (the `s` attribute of a cell) makes of
// a number.
class StylesPart : public XmlHandler {
 public:
  void on_start(std::string_view name, std::span<const XmlAttribute> attributes, bool empty) override;
  void on_end(std::string_view name) override;
  void on_text(std::string_view) override {}
  NumberKind kind_of_style(std::int64_t index) const;

 private:
  std::vector<std::pair<std::int64_t, NumberKind>> custom_;
  std::vector<NumberKind> styles_;
  bool in_cell_xfs_ = false;
};

std::optional<std::int64_t> parse_index(std::string_view text);

}  // namespace polso::workbook
