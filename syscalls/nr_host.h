/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nr_host.h - host test builds only: the numbers of the calls newer than
 * the host's headers (Debian 12's are 6.1's), so that their rows in
 * entries.h are built and tested there as in a newer kernel's table. From
 * 424 on a number is the same on every arch (asm-generic's), x86's, i386's
 * and 32-bit ARM's included. gen_host_names.sh names them from here too.
 * The module takes its numbers from the kernel it is built for, only.
 */
#ifndef MYSD_NR_HOST_H
#define MYSD_NR_HOST_H

#ifndef __KERNEL__
#ifndef __NR_cachestat
#define __NR_cachestat 451		/* 6.5 */
#endif
#ifndef __NR_fchmodat2
#define __NR_fchmodat2 452		/* 6.6 */
#endif
#ifndef __NR_map_shadow_stack
#define __NR_map_shadow_stack 453	/* 6.6 */
#endif
#ifndef __NR_futex_wake
#define __NR_futex_wake 454		/* 6.7 */
#endif
#ifndef __NR_futex_wait
#define __NR_futex_wait 455
#endif
#ifndef __NR_futex_requeue
#define __NR_futex_requeue 456
#endif
#ifndef __NR_statmount
#define __NR_statmount 457		/* 6.8 */
#endif
#ifndef __NR_listmount
#define __NR_listmount 458
#endif
#ifndef __NR_lsm_get_self_attr
#define __NR_lsm_get_self_attr 459
#endif
#ifndef __NR_lsm_set_self_attr
#define __NR_lsm_set_self_attr 460
#endif
#ifndef __NR_lsm_list_modules
#define __NR_lsm_list_modules 461
#endif
#ifndef __NR_mseal
#define __NR_mseal 462			/* 6.10 */
#endif
#ifndef __NR_setxattrat
#define __NR_setxattrat 463		/* 6.13 */
#endif
#ifndef __NR_getxattrat
#define __NR_getxattrat 464
#endif
#ifndef __NR_listxattrat
#define __NR_listxattrat 465
#endif
#ifndef __NR_removexattrat
#define __NR_removexattrat 466
#endif
#ifndef __NR_open_tree_attr
#define __NR_open_tree_attr 467		/* 6.15 */
#endif
#endif /* !__KERNEL__ */

#endif /* MYSD_NR_HOST_H */
