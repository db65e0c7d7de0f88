// Which response target applies to a conversation: chat and messaging
// channels (WhatsApp, Instagram, Messenger, web/live chat, SMS, Telegram …)
// aim for 5 minutes, e-mail for a couple of hours (METRICS.md section 4).
// Other channels (phone, forms, unknown) have no target from the guides.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/error.hpp"

namespace polso::datasets {

enum class ChannelKind : std::uint8_t { chat, email, other };
std::string_view channel_kind_name(ChannelKind kind);  // "chat", "email", "other"

// From the channel's name, case and accents ignored.
ChannelKind channel_kind(std::string_view channel);

// A response target the user gives, in seconds (≥ 0): at most a year, kept
// in whole seconds; otherwise an error on `field`.
constexpr double kMaxResponseTargetSeconds = 365.0 * 24 * 3600;
Expected<std::int64_t> response_target_seconds(std::string_view field, double seconds);

struct ResponseTargets {
  std::int64_t chat_seconds = 5 * 60;
  std::int64_t email_seconds = 2 * 60 * 60;
  std::optional<std::int64_t> for_channel(std::string_view channel) const { return for_kind(channel_kind(channel)); }
  std::optional<std::int64_t> for_kind(ChannelKind kind) const;
};

}  // namespace polso::datasets
