/* SPDX-License-Identifier: GPL-2.0 */
/*
 * record_file.h - opening and rotating the record file.
 */
#ifndef MYSD_RECORD_FILE_H
#define MYSD_RECORD_FILE_H

#include <linux/fs.h>
#include <linux/version.h>

/*
 * Rotation renames with vfs_rename() and lookup_one_len(), whose
 * arguments changed in 5.12 (struct renamedata, which some 5.10 trees
 * backported without its user namespaces), 6.16 and 6.17: built for the
 * kernels it is tested on (6.1, 6.12) and those between. On the others
 * rotate_kb is refused.
 */
#define MYSD_CAN_ROTATE \
	(LINUX_VERSION_CODE >= KERNEL_VERSION(5, 12, 0) && \
	 LINUX_VERSION_CODE < KERNEL_VERSION(6, 16, 0))

/*
 * Opens @path for appending, creating its directories (0700) and the
 * file (0600) if missing; anything but a regular file (a symlink, a FIFO,
 * a device) is refused.
 */
struct file *mysd_record_open(const char *path);
/*
 * Renames @path to @path.1, replacing it, if @path still names @inode
 * (else -ESTALE). The caller then opens a new @path.
 */
int mysd_record_rotate(const char *path, const struct inode *inode);

#endif /* MYSD_RECORD_FILE_H */
