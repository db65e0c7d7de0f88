#include "core/workbook/xml_pull.hpp"

#include <gtest/gtest.h>

#include "core/budgets.hpp"

namespace polso::workbook {
namespace {

struct Events : XmlHandler {
  std::string log;
  void on_start(std::string_view name, std::span<const XmlAttribute> a, bool empty) override {
    log += "<" + std::string(name);
    for (const auto& x : a) log += " " + std::string(x.name) + "=" + attribute(a, x.name).value_or("?");
    log += empty ? "/>" : ">";
  }
  void on_end(std::string_view name) override { log += "</" + std::string(name) + ">"; }
  void on_text(std::string_view text) override { log += text; }
};

std::pair<std::string, std::optional<Error>> parse(std::string_view xml, std::size_t chunk) {
  XmlPull pull;
  Events events;
  for (std::size_t i = 0; i < xml.size(); i += chunk)
    if (auto e = pull.feed(xml.substr(i, chunk), events)) return {events.log, e};
  auto e = pull.finish(events);
  return {events.log, e};
}

TEST(XmlPull, SameEventsWhateverTheChunks) {
  const std::string xml =
      "<?xml version=\"1.0\"?><!-- note --><x:a xmlns:x=\"u\" b='1 &amp; 2'><c r=\"A1\" t=\"s\"/>"
      "<t xml:space=\"preserve\"> caf&#233; &lt;ok&gt; &#x1F600;</t><![CDATA[<raw>]]></x:a>";
  const auto whole = parse(xml, xml.size());
  ASSERT_FALSE(whole.second);
  EXPECT_EQ(whole.first,
            "<a x=u b=1 & 2><c r=A1 t=s/></c><t space=preserve> café <ok> 😀</t><raw></a>");
  for (std::size_t chunk : {1, 2, 3, 5, 8, 13}) {
    std::string joined;
    const auto part = parse(xml, chunk);
    ASSERT_FALSE(part.second) << chunk;
    EXPECT_EQ(part.first, whole.first) << chunk;
  }
}

TEST(XmlPull, RefusesDoctypesAndUnknownEntities) {
  for (std::size_t chunk : {1, 4, 100}) {
    const auto doctype = parse("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>", chunk);
    ASSERT_TRUE(doctype.second);
    EXPECT_EQ(doctype.second->code, "workbook_doctype");
  }
  const auto entity = parse("<x>&nbsp;</x>", 100);
  ASSERT_TRUE(entity.second);
  EXPECT_EQ(entity.second->code, "damaged_workbook");
  EXPECT_TRUE(parse("<x>&#0;</x>", 100).second);
  EXPECT_TRUE(parse("<x>&#xD800;</x>", 100).second);
}

TEST(XmlPull, CutOrEmptyDocumentsAreDamaged) {
  EXPECT_TRUE(parse("", 10).second);
  EXPECT_TRUE(parse("<x><c r=\"A1", 10).second);
  EXPECT_TRUE(parse("no xml at all", 10).second);
}

TEST(XmlPull, ATagPastTheBudgetStops) {
  const std::string xml = "<x a=\"" + std::string(budget::kMaxXmlTokenBytes + 100000, 'a') + "\"/>";
  const auto r = parse(xml, 65536);
  ASSERT_TRUE(r.second);
  EXPECT_EQ(r.second->code, "workbook_too_complex");
}

}  // namespace
}  // namespace polso::workbook
