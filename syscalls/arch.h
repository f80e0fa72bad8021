/* SPDX-License-Identifier: GPL-2.0 */
/* arch.h - pick the one arch file; everything arch-specific lives there. */
#ifndef MYSD_ARCH_H
#define MYSD_ARCH_H

#if defined(CONFIG_ARM64)
#include "arch/arm64.h"
#elif defined(CONFIG_ARM)
#include "arch/arm.h"
#else
#include "arch/generic.h"
#endif

#endif /* MYSD_ARCH_H */
