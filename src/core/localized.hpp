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

}  // namespace polso
