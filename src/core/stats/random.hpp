// A small, explicit pseudo-random generator (xoshiro256** seeded through
// splitmix64) and the few samplers the statistics need. Same seed, same stream
// on every platform, native or wasm32.
#pragma once

#include <array>
#include <cstdint>

namespace polso::stats {

struct Rng {
  std::array<std::uint64_t, 4> state;
};

Rng make_rng(std::uint64_t seed);
std::uint64_t next_u64(Rng& rng);
// Uniform on the open interval (0, 1), 53 random bits.
double uniform01(Rng& rng);
// Standard normal deviate (Box-Muller, one of the pair).
double standard_normal(Rng& rng);
// Binomial(n, p) deviate; n a whole number up to 2^53. O(1) expected time for
// any n (Hormann's BTRS), so resampling a million answers costs one draw.
double binomial(Rng& rng, double n, double p);

}  // namespace polso::stats
