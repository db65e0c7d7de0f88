#include "core/text/stemmer.hpp"

extern "C" {
#include "snowball/runtime/api.h"
#include "snowball/src_c/stem_UTF_8_english.h"
#include "snowball/src_c/stem_UTF_8_french.h"
#include "snowball/src_c/stem_UTF_8_german.h"
#include "snowball/src_c/stem_UTF_8_italian.h"
#include "snowball/src_c/stem_UTF_8_portuguese.h"
#include "snowball/src_c/stem_UTF_8_spanish.h"
}

namespace polso::text {
namespace {

struct Functions {
  SN_env* (*create)();
  void (*close)(SN_env*);
  int (*stem)(SN_env*);
};

Functions functions_of(Language l) {
  switch (l) {
    case Language::en: return {english_UTF_8_create_env, english_UTF_8_close_env, english_UTF_8_stem};
    case Language::it: return {italian_UTF_8_create_env, italian_UTF_8_close_env, italian_UTF_8_stem};
    case Language::fr: return {french_UTF_8_create_env, french_UTF_8_close_env, french_UTF_8_stem};
    case Language::es: return {spanish_UTF_8_create_env, spanish_UTF_8_close_env, spanish_UTF_8_stem};
    case Language::de: return {german_UTF_8_create_env, german_UTF_8_close_env, german_UTF_8_stem};
    case Language::pt: return {portuguese_UTF_8_create_env, portuguese_UTF_8_close_env, portuguese_UTF_8_stem};
  }
  return {english_UTF_8_create_env, english_UTF_8_close_env, english_UTF_8_stem};
}

}  // namespace

Stemmer::Stemmer(Language l) : language_(l), env_(functions_of(l).create()) {}

Stemmer::~Stemmer() {
  if (env_) functions_of(language_).close(env_);
}

Stemmer& Stemmer::operator=(Stemmer&& other) noexcept {
  if (this != &other) {
    if (env_) functions_of(language_).close(env_);
    language_ = other.language_;
    env_ = other.env_;
    other.env_ = nullptr;
  }
  return *this;
}

std::string_view Stemmer::stem(std::string_view folded) {
  if (!env_ || SN_set_current(env_, static_cast<int>(folded.size()),
                              reinterpret_cast<const symbol*>(folded.data())) != 0)
    return folded;
  if (functions_of(language_).stem(env_) < 0) return folded;
  return {reinterpret_cast<const char*>(env_->p), static_cast<std::size_t>(env_->l)};
}

}  // namespace polso::text
