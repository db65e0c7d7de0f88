// Snowball stemming (third_party/snowball, BSD-3) for one language:
// "deliveries", "delivered", "delivery" → "deliveri"; "consegne",
// "consegna" → "consegn". Owns its Snowball environment; not thread-safe.
#pragma once

#include <string_view>

#include "core/text/language.hpp"

struct SN_env;

namespace polso::text {

class Stemmer {
 public:
  explicit Stemmer(Language l);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;
  Stemmer(Stemmer&& other) noexcept : language_(other.language_), env_(other.env_) { other.env_ = nullptr; }
  Stemmer& operator=(Stemmer&& other) noexcept;

  Language language() const { return language_; }
  // The stem of a folded word (lowercase UTF-8); valid until the next call.
  // The word itself when the stemmer cannot run (out of memory).
  std::string_view stem(std::string_view folded);

 private:
  Language language_;
  SN_env* env_ = nullptr;
};

}  // namespace polso::text
