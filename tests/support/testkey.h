#pragma once

#include "crypto/datakey.h"

// One data key per test process: tests that reopen a database must use the key it was sealed with.
inline const crypto::DataKey &testDataKey()
{
    static const crypto::DataKey key = crypto::DataKey::generate();
    return key;
}
