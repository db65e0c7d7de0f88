#include "core/workbook/xml_pull.hpp"

#include "core/budgets.hpp"
#include "core/csv/encoding.hpp"
#include "core/problems.hpp"

namespace polso::workbook {
namespace {

Error bad_xml() {
  return problems::invalid("", "damaged_workbook",
                           {"This workbook is damaged: a file inside it is not well-formed XML. Open it in your spreadsheet and save it again, or save it as CSV.",
                            "Questa cartella di lavoro è danneggiata: un file al suo interno non è XML ben formato. Aprila nel foglio di calcolo e salvala di nuovo, oppure salvala come CSV."});
}

Error has_doctype() {
  return problems::invalid("", "workbook_doctype",
                           {"This workbook contains a document type declaration (DOCTYPE), which spreadsheets never write and which can hide an attack; it was not read. Save the sheet as CSV and open that file.",
                            "Questa cartella di lavoro contiene una dichiarazione di tipo di documento (DOCTYPE), che i fogli di calcolo non scrivono mai e che può nascondere un attacco; non è stata letta. Salva il foglio come CSV e apri quel file."});
}

Error token_too_long() {
  return problems::invalid("", "workbook_too_complex",
                           {"A single cell or tag in this workbook is too long to be read safely. Save the sheet as CSV and open that file.",
                            "Una singola cella o etichetta di questa cartella di lavoro è troppo lunga per essere letta in sicurezza. Salva il foglio come CSV e apri quel file."});
}

std::string_view local(std::string_view name) {
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

bool decode_xml_text(std::string_view raw, std::string& out) {
  std::size_t at = 0;
  while (at < raw.size()) {
    const auto amp = raw.find('&', at);
    if (amp == std::string_view::npos) {
      out.append(raw.substr(at));
      return true;
    }
    out.append(raw.substr(at, amp - at));
    const auto semi = raw.find(';', amp);
    if (semi == std::string_view::npos || semi - amp > 12) return false;
    const std::string_view name = raw.substr(amp + 1, semi - amp - 1);
    if (name == "lt") out.push_back('<');
    else if (name == "gt") out.push_back('>');
    else if (name == "amp") out.push_back('&');
    else if (name == "quot") out.push_back('"');
    else if (name == "apos") out.push_back('\'');
    else if (name.size() >= 2 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      std::uint32_t cp = 0;
      const std::string_view digits = name.substr(hex ? 2 : 1);
      if (digits.empty()) return false;
      for (char c : digits) {
        int v = c >= '0' && c <= '9' ? c - '0'
                : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (v < 0) return false;
        cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);
        if (cp > 0x10FFFF) return false;
      }
      if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
      csv::append_utf8(cp, out);
    } else {
      return false;
    }
    at = semi + 1;
  }
  return true;
}

std::optional<std::string> attribute(std::span<const XmlAttribute> attributes, std::string_view name) {
  for (const auto& a : attributes) {
    if (a.name != name) continue;
    std::string out;
    if (!decode_xml_text(a.raw, out)) return std::nullopt;
    return out;
  }
  return std::nullopt;
}

std::optional<Error> XmlPull::feed(std::string_view bytes, XmlHandler& handler) {
  pending_.append(bytes);
  return run(handler, false);
}

std::optional<Error> XmlPull::finish(XmlHandler& handler) {
  if (auto e = run(handler, true)) return e;
  if (!pending_.empty() || !started_) return bad_xml();
  return std::nullopt;
}

std::optional<Error> XmlPull::run(XmlHandler& handler, bool last) {
  std::string_view p = pending_;
  std::size_t at = 0;
  while (at < p.size()) {
    if (p[at] != '<') {
      auto lt = p.find('<', at);
      std::string_view raw = p.substr(at, lt == std::string_view::npos ? p.size() - at : lt - at);
      if (lt == std::string_view::npos && !last) {
        // Keep an entity that may be cut by the chunk's end.
        const auto amp = raw.rfind('&');
        if (amp != std::string_view::npos && raw.find(';', amp) == std::string_view::npos) raw = raw.substr(0, amp);
      }
      text_.clear();
      if (!decode_xml_text(raw, text_)) return bad_xml();
      if (!text_.empty()) handler.on_text(text_);
      at += raw.size();
      if (lt == std::string_view::npos) break;
      continue;
    }
    std::string_view rest = p.substr(at);
    std::size_t end;
    if (rest.starts_with("<!--")) {
      end = rest.find("-->");
      if (end != std::string_view::npos) end += 3;
    } else if (rest.starts_with("<![CDATA[")) {
      end = rest.find("]]>");
      if (end != std::string_view::npos) {
        handler.on_text(rest.substr(9, end - 9));
        end += 3;
      }
    } else if (rest.starts_with("<!")) {
      // A comment or CDATA section whose opening is cut by the chunk's end.
      if (rest.size() < 9 && !last) break;
      return rest.starts_with("<!DOCTYPE") ? has_doctype() : bad_xml();
    } else if (rest.starts_with("<?")) {
      end = rest.find("?>");
      if (end != std::string_view::npos) end += 2;
    } else {
      // A tag ends at the first '>' outside quotes.
      end = std::string_view::npos;
      char quote = 0;
      for (std::size_t i = 1; i < rest.size(); ++i) {
        const char c = rest[i];
        if (quote) {
          if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '>') {
          end = i + 1;
          break;
        } else if (c == '<') {
          return bad_xml();
        }
      }
      if (end != std::string_view::npos) {
        if (end > budget::kMaxXmlTokenBytes) return token_too_long();
        if (auto e = tag(rest.substr(0, end), handler)) return e;
      }
    }
    if (end == std::string_view::npos ? rest.size() > budget::kMaxXmlTokenBytes : end > budget::kMaxXmlTokenBytes)
      return token_too_long();
    if (end == std::string_view::npos) break;
    at += end;
  }
  pending_.erase(0, at);
  if (pending_.size() > budget::kMaxXmlTokenBytes) return token_too_long();
  return std::nullopt;
}

std::optional<Error> XmlPull::tag(std::string_view m, XmlHandler& handler) {
  started_ = true;
  if (m.size() >= 3 && m[1] == '/') {
    std::string_view name = m.substr(2, m.size() - 3);
    while (!name.empty() && is_space(name.back())) name.remove_suffix(1);
    handler.on_end(local(name));
    return std::nullopt;
  }
  const bool empty = m.size() >= 3 && m[m.size() - 2] == '/';
  std::string_view body = m.substr(1, m.size() - (empty ? 3 : 2));
  std::size_t i = 0;
  while (i < body.size() && !is_space(body[i])) ++i;
  const std::string_view name = body.substr(0, i);
  if (name.empty()) return bad_xml();
  attributes_.clear();
  while (true) {
    while (i < body.size() && is_space(body[i])) ++i;
    if (i >= body.size()) break;
    const std::size_t eq = body.find('=', i);
    if (eq == std::string_view::npos) return bad_xml();
    std::string_view an = body.substr(i, eq - i);
    while (!an.empty() && is_space(an.back())) an.remove_suffix(1);
    std::size_t q = eq + 1;
    while (q < body.size() && is_space(body[q])) ++q;
    if (q >= body.size() || (body[q] != '"' && body[q] != '\'')) return bad_xml();
    const std::size_t close = body.find(body[q], q + 1);
    if (close == std::string_view::npos) return bad_xml();
    attributes_.push_back({local(an), body.substr(q + 1, close - q - 1)});
    i = close + 1;
  }
  handler.on_start(local(name), attributes_, empty);
  if (empty) handler.on_end(local(name));
  return std::nullopt;
}

}  // namespace polso::workbook
