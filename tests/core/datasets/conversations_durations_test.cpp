// Durations given as numbers: the unit from the header in six languages,
// business-hours variants, and hh:mm:ss.
#include "core/datasets/conversations_durations.hpp"

#include <gtest/gtest.h>

namespace polso::datasets {
namespace {

TEST(DurationUnitFromHeader, NamesTheUnitInSixLanguages) {
  EXPECT_EQ(unit_from_header("first reply time in minutes"), DurationUnit::minutes);
  EXPECT_EQ(unit_from_header("first response time (in hrs)"), DurationUnit::hours);
  EXPECT_EQ(unit_from_header("first response time (seconds)"), DurationUnit::seconds);
  EXPECT_EQ(unit_from_header("handle time (s)"), DurationUnit::seconds);
  EXPECT_EQ(unit_from_header("tempo di prima risposta (minuti)"), DurationUnit::minutes);
  EXPECT_EQ(unit_from_header("tempo di risoluzione (ore)"), DurationUnit::hours);
  EXPECT_EQ(unit_from_header("tempo in secondi"), DurationUnit::seconds);
  EXPECT_EQ(unit_from_header("delai de reponse (heures)"), DurationUnit::hours);
  EXPECT_EQ(unit_from_header("tiempo de respuesta (minutos)"), DurationUnit::minutes);
  EXPECT_EQ(unit_from_header("antwortzeit in stunden"), DurationUnit::hours);
  EXPECT_EQ(unit_from_header("tempo de resolucao (dias)"), DurationUnit::days);
  EXPECT_EQ(unit_from_header("time to close (hh:mm:ss)"), DurationUnit::clock);
}

TEST(DurationUnitFromHeader, NoUnitInsideOtherWords) {
  EXPECT_EQ(unit_from_header("satisfaction score"), DurationUnit::none);  // "ore" inside "score"
  EXPECT_EQ(unit_from_header("resolution time"), DurationUnit::none);
  EXPECT_EQ(unit_from_header("agent's notes"), DurationUnit::none);  // not "(s)"
  EXPECT_EQ(unit_from_header("store"), DurationUnit::none);
}

TEST(BusinessHoursHeader, IsASecondChoice) {
  EXPECT_TRUE(business_hours_header("first reply time in minutes within business hours"));
  EXPECT_TRUE(business_hours_header("first response time, only within office hours (seconds)"));
  EXPECT_TRUE(business_hours_header("tempo di risposta in orario lavorativo"));
  EXPECT_FALSE(business_hours_header("first reply time in minutes"));
}

TEST(ClockSeconds, ReadsHoursMinutesSeconds) {
  EXPECT_EQ(clock_seconds("01:30:00"), 5400);
  EXPECT_EQ(clock_seconds("26:00:05"), 93605);  // hours pass 24
  EXPECT_EQ(clock_seconds("0:45"), 2700);
  EXPECT_EQ(clock_seconds("-00:10:00"), -600);
  EXPECT_FALSE(clock_seconds("1:5"));
  EXPECT_FALSE(clock_seconds("00:61:00"));
  EXPECT_FALSE(clock_seconds("2024-01-02 10:00"));
  EXPECT_FALSE(clock_seconds("10"));
}

TEST(DurationSeconds, NumberTimesUnitOrClock) {
  const csv::NumberFormat dot{}, comma{',', '.'};
  EXPECT_EQ(duration_seconds("42", DurationUnit::minutes, dot), 2520);
  EXPECT_EQ(duration_seconds("1,5", DurationUnit::hours, comma), 5400);
  EXPECT_EQ(duration_seconds("02:00:00", DurationUnit::minutes, dot), 7200);  // a clock whatever the unit
  EXPECT_EQ(duration_seconds("-3", DurationUnit::seconds, dot), -3);
  EXPECT_FALSE(duration_seconds("42", DurationUnit::none, dot));   // no unit: not read
  EXPECT_FALSE(duration_seconds("42", DurationUnit::clock, dot));  // a bare number in an hh:mm:ss column
  EXPECT_FALSE(duration_seconds("n/a", DurationUnit::minutes, dot));
}

}  // namespace
}  // namespace polso::datasets
