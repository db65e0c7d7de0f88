#include "core/datasets/conversations_channels.hpp"

#include <string>

#include "core/csv/columns.hpp"
#include "core/problems.hpp"

namespace polso::datasets {
namespace {

bool has_any(const std::string& s, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (s.find(w) != std::string::npos) return true;
  return false;
}

}  // namespace

std::string_view channel_kind_name(ChannelKind kind) {
  switch (kind) {
    case ChannelKind::chat: return "chat";
    case ChannelKind::email: return "email";
    case ChannelKind::other: break;
  }
  return "other";
}

ChannelKind channel_kind(std::string_view channel) {
  const std::string s = csv::fold_for_matching(channel);
  // E-mail first: "Gmail" or "email (web form)" are e-mail, not chat.
  if (has_any(s, {"mail", "posta"})) return ChannelKind::email;
  if (has_any(s, {"chat", "whatsapp", "instagram", "messenger", "facebook", "sms", "telegram", "messag",
                  "wechat", "viber", "twitter", "social", "wa business"}))
    return ChannelKind::chat;
  return ChannelKind::other;
}

std::optional<std::int64_t> ResponseTargets::for_kind(ChannelKind kind) const {
  switch (kind) {
    case ChannelKind::chat: return chat_seconds;
    case ChannelKind::email: return email_seconds;
    case ChannelKind::other: break;
  }
  return std::nullopt;
}

Expected<std::int64_t> response_target_seconds(std::string_view field, double seconds) {
  if (seconds > kMaxResponseTargetSeconds)
    return problems::invalid(field, "invalid_option",
                             {"“" + std::string(field) + "” is a number of seconds up to one year.",
                              "“" + std::string(field) + "” è un numero di secondi fino a un anno."});
  return static_cast<std::int64_t>(seconds);
}

}  // namespace polso::datasets
