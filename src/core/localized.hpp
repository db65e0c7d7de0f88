// Text in both product languages. Catalogue text is static, so views suffice.
#pragma once

#include <string>
#include <string_view>

namespace polso {

struct Localized {
  std::string_view en;
  std::string_view it;
};

enum class Lang { en, it };

// The product language a tag asks for: "it", "it-IT", "it_IT.UTF-8" → it;
// anything else → en.
constexpr Lang lang_from_tag(std::string_view tag) { return tag.starts_with("it") ? Lang::it : Lang::en; }

}  // namespace polso
