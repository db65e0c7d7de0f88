// A streaming XML pull tokenizer, enough for SpreadsheetML and OpenDocument:
// start tags with attributes, end tags, text. Bytes arrive in chunks of any
// size; only an unfinished tag or entity is held between chunks (bounded by
// budget::kMaxXmlTokenBytes). No DTD is processed: a <!DOCTYPE is an error
// (no entity expansion, no external fetch); entities are the five predefined
// ones and numeric character references. Names are given without their
// namespace prefix ("table:table-cell" → "table-cell"), as both formats use
// one namespace per name that matters.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace polso::workbook {

struct XmlAttribute {
  std::string_view name;  // local name
  std::string_view raw;   // value with entities not yet decoded (see decode_xml_text)
};

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void on_start(std::string_view name, std::span<const XmlAttribute> attributes, bool empty) = 0;
  virtual void on_end(std::string_view name) = 0;
  // Character data, decoded, possibly in several pieces.
  virtual void on_text(std::string_view text) = 0;
};

// Appends `raw` with its entities decoded; false on an unknown or bad entity.
bool decode_xml_text(std::string_view raw, std::string& out);
// The decoded value of attribute `name`, or nullopt when absent or bad.
std::optional<std::string> attribute(std::span<const XmlAttribute> attributes, std::string_view name);

class XmlPull {
 public:
  std::optional<Error> feed(std::string_view bytes, XmlHandler& handler);
  std::optional<Error> finish(XmlHandler& handler);

 private:
  std::optional<Error> run(XmlHandler& handler, bool last);
  std::optional<Error> tag(std::string_view markup, XmlHandler& handler);

  std::string pending_;
  std::string text_;
  std::vector<XmlAttribute> attributes_;
  bool started_ = false;
};

}  // namespace polso::workbook
