#include "core/workbook/sheet_choice.hpp"

#include "core/problems.hpp"
#include "core/workbook/xlsx_parts.hpp"

namespace polso::workbook {

bool SheetChoice::wants(std::size_t index, const SheetInfo& sheet) const {
  if (!wanted_) return !sheet.hidden;
  if (sheet.name == *wanted_) return true;
  const auto n = parse_index(*wanted_);
  return n && static_cast<std::size_t>(*n) == index + 1;
}

Error SheetChoice::not_found(const std::vector<SheetInfo>& sheets) const {
  if (!wanted_) return no_sheet_with_data();
  for (std::size_t i = 0; i < sheets.size(); ++i)
    if (wants(i, sheets[i]))
      return problems::invalid("sheet", "empty_sheet",
                               {"The sheet " + problems::quoted(sheets[i].name) + " holds no data. Choose another sheet.",
                                "Il foglio " + problems::quoted(sheets[i].name) + " non contiene dati. Scegli un altro foglio."});
  std::string names;
  for (std::size_t i = 0; i < sheets.size() && i < 20; ++i) names += (i ? ", " : "") + problems::quoted(sheets[i].name);
  return problems::invalid("sheet", "sheet_not_found",
                           {"This workbook has no sheet " + problems::quoted(*wanted_) + ". Choose one of its sheets: " + names + ".",
                            "Questa cartella di lavoro non ha il foglio " + problems::quoted(*wanted_) + ". Scegli uno dei suoi fogli: " + names + "."});
}

Error no_sheet_with_data() {
  return problems::invalid("sheet", "empty_workbook",
                           {"No visible sheet of this workbook holds any data. If the data are on a hidden sheet, choose that sheet.",
                            "Nessun foglio visibile di questa cartella di lavoro contiene dati. Se i dati sono su un foglio nascosto, scegli quel foglio."});
}

}  // namespace polso::workbook
