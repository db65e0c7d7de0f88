// Rows read, used and skipped, with the reasons and the first few row numbers
// of each reason, so a person can open the file and look.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace polso::datasets {

struct PartStateCodec;

struct SkipReason {
  std::uint64_t count = 0;
  std::vector<std::uint64_t> first_rows;  // 1-based file lines, at most kExampleRows
};

class RowAccounting {
 public:
  static constexpr std::size_t kExampleRows = 5;

  void used() { ++read_, ++used_; }
  void skipped(const std::string& reason, std::uint64_t row);
  // `other` counted rows numbered from 1 after `line_offset` lines (a part
  // of the file read on its own); 0 when its numbers are the file's.
  void merge(const RowAccounting& other, std::uint64_t line_offset = 0);

  std::uint64_t read() const { return read_; }
  std::uint64_t used_rows() const { return used_; }
  std::uint64_t skipped_rows() const { return read_ - used_; }
  const std::map<std::string, SkipReason>& reasons() const { return reasons_; }

 private:
  friend struct PartStateCodec;  // part_state.cpp: saved and restored as bytes
  std::uint64_t read_ = 0, used_ = 0;
  std::map<std::string, SkipReason> reasons_;
};

}  // namespace polso::datasets
