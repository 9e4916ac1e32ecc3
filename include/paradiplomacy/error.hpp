// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The project's exceptions. Each derives from the std:: exception a caller would
/// already catch for that kind of failure, so generic handlers keep working.

#include <stdexcept>
#include <string>

namespace paradiplomacy {

/// A value broke its own invariant: a malformed code, an impossible date, a period
/// that ends before it starts. Thrown by value constructors and parsers.
class InvalidValue : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

/// A lookup by ID or key found nothing.
class NotFound : public std::out_of_range {
public:
    using std::out_of_range::out_of_range;
};

/// Strict validation met a finding of error severity; the message names the rule,
/// the entity and the field.
class ValidationError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A file could not be read or written, or its content is not a valid portfolio.
/// The message names the file and, where known, the line, column or record.
class FileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace paradiplomacy
