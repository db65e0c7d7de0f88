// Which response target a channel gets: chat and messaging 5 minutes,
// e-mail 2 hours, anything else none (METRICS.md section 4).
#include "core/datasets/conversations_channels.hpp"

#include <gtest/gtest.h>

namespace polso::datasets {
namespace {

TEST(ConversationsChannels, KindFromTheName) {
  const struct {
    const char* channel;
    ChannelKind kind;
  } cases[] = {
      {"Email", ChannelKind::email},
      {"E-MAIL", ChannelKind::email},
      {"Gmail", ChannelKind::email},
      {"email (web form)", ChannelKind::email},  // e-mail words first
      {"Facebook Mail", ChannelKind::email},
      {"Posta elettronica", ChannelKind::email},
      {"Live Chat", ChannelKind::chat},
      {"WhatsApp", ChannelKind::chat},
      {"wa business", ChannelKind::chat},
      {"Instagram DM", ChannelKind::chat},
      {"Facebook Messenger", ChannelKind::chat},
      {"SMS", ChannelKind::chat},
      {"Telegram", ChannelKind::chat},
      {"Messaggistica", ChannelKind::chat},
      {"Social", ChannelKind::chat},
      {"Phone", ChannelKind::other},
      {"Telefono", ChannelKind::other},
      {"Web form", ChannelKind::other},
      {"", ChannelKind::other},
      {"(blank)", ChannelKind::other},
  };
  for (const auto& c : cases) EXPECT_EQ(channel_kind(c.channel), c.kind) << c.channel;
}

TEST(ConversationsChannels, KindNames) {
  EXPECT_EQ(channel_kind_name(ChannelKind::chat), "chat");
  EXPECT_EQ(channel_kind_name(ChannelKind::email), "email");
  EXPECT_EQ(channel_kind_name(ChannelKind::other), "other");
}

TEST(ConversationsChannels, TargetPerChannel) {
  const ResponseTargets guides;  // 5 minutes for chat, 2 hours for e-mail
  EXPECT_EQ(guides.for_channel("WhatsApp"), 300);
  EXPECT_EQ(guides.for_channel("Email"), 7200);
  EXPECT_EQ(guides.for_channel("Phone"), std::nullopt);
  const ResponseTargets mine{.chat_seconds = 60, .email_seconds = 86400};
  EXPECT_EQ(mine.for_channel("chat"), 60);
  EXPECT_EQ(mine.for_channel("mail"), 86400);
  EXPECT_EQ(mine.for_channel("voice"), std::nullopt);
}

// The analysis looks each distinct channel's kind up once and asks for_kind.
TEST(ConversationsChannels, TargetPerKindIsTheChannelsTarget) {
  const ResponseTargets mine{.chat_seconds = 60, .email_seconds = 86400};
  EXPECT_EQ(mine.for_kind(ChannelKind::chat), 60);
  EXPECT_EQ(mine.for_kind(ChannelKind::email), 86400);
  EXPECT_EQ(mine.for_kind(ChannelKind::other), std::nullopt);
  for (const char* channel : {"WhatsApp", "Email", "Phone", "web chat", "Gmail", ""})
    EXPECT_EQ(mine.for_kind(channel_kind(channel)), mine.for_channel(channel)) << channel;
}

}  // namespace
}  // namespace polso::datasets

namespace polso::datasets {
namespace {

TEST(ConversationsChannels, ATargetIsUpToAYearInWholeSeconds) {
  EXPECT_EQ(response_target_seconds("chat_target", 0).value(), 0);
  EXPECT_EQ(response_target_seconds("chat_target", 90.9).value(), 90);  // whole seconds
  EXPECT_EQ(response_target_seconds("email_target", 31536000).value(), 31536000);  // 365 days
  const auto e = response_target_seconds("email_target", 31536001);
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.error().field, "email_target");
  EXPECT_EQ(e.error().code, "invalid_option");
  EXPECT_EQ(e.error().message_en, "“email_target” is a number of seconds up to one year.");
  EXPECT_EQ(e.error().message_it, "“email_target” è un numero di secondi fino a un anno.");
}

}  // namespace
}  // namespace polso::datasets
