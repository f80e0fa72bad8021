// SPDX-License-Identifier: GPL-2.0
/*
 * record_file.c - the record file: made with its directories (mode 0600),
 * and rotated to <path>.1 at rotate_kb. The kernel's VFS calls whose
 * signatures changed between releases are here, and only here.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/cred.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/version.h>

#include "record_file.h"

static int mysd_mkdir(const char *dir)
{
	struct dentry *dentry;
	struct path parent;
	int err;

	dentry = kern_path_create(AT_FDCWD, dir, &parent, LOOKUP_DIRECTORY);
	if (IS_ERR(dentry))
		return PTR_ERR(dentry) == -EEXIST ? 0 : PTR_ERR(dentry);
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 15, 0)
	dentry = vfs_mkdir(mnt_idmap(parent.mnt), d_inode(parent.dentry),
			   dentry, 0700);
	err = PTR_ERR_OR_ZERO(dentry);
	if (err)
		dentry = NULL;
#elif LINUX_VERSION_CODE >= KERNEL_VERSION(6, 3, 0)
	err = vfs_mkdir(mnt_idmap(parent.mnt), d_inode(parent.dentry), dentry,
			0700);
#elif LINUX_VERSION_CODE >= KERNEL_VERSION(5, 12, 0)
	err = vfs_mkdir(mnt_user_ns(parent.mnt), d_inode(parent.dentry), dentry,
			0700);
#else
	err = vfs_mkdir(d_inode(parent.dentry), dentry, 0700);
#endif
	done_path_create(&parent, dentry);
	return err;
}

/* mkdir -p of the directories above @path. */
static int mysd_make_parents(const char *path)
{
	char *dir, *slash;
	int err = 0;

	dir = kstrdup(path, GFP_KERNEL);
	if (!dir)
		return -ENOMEM;
	for (slash = strchr(dir + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		err = mysd_mkdir(dir);
		*slash = '/';
		if (err) {
			/* ratelimited: a rotation retries at every flush */
			pr_err_ratelimited("cannot create directory %.*s: %pe\n",
					   (int)(slash - dir), dir, ERR_PTR(err));
			break;
		}
	}
	kfree(dir);
	return err;
}

/*
 * Refuses a @path that exists as anything but a regular file, a symlink
 * included, before opening it: the open would wait for a FIFO's reader or
 * run a device's open (a watchdog's, say), and would follow a symlink.
 */
static int mysd_check_regular(const char *path)
{
	struct path p;
	int err;

	err = kern_path(path, 0, &p);	/* 0: a symlink itself, not followed */
	if (err)
		return err == -ENOENT ? 0 : err;
	err = d_is_reg(p.dentry) ? 0 : -EINVAL;
	path_put(&p);
	if (err)
		pr_err_ratelimited("%s is not a regular file\n", path);
	return err;
}

/*
 * An existing file must be the writer's own (root's, as the writer runs)
 * with no other name: one a user made first, in a directory others can
 * write such as /tmp, would give them every record, and a hard link would
 * append the record to whatever file it names.
 */
static int mysd_check_own(const char *path, const struct inode *inode)
{
	if (!uid_eq(inode->i_uid, current_fsuid())) {
		pr_err_ratelimited("%s belongs to uid %u, not to root; records can hold secrets\n",
				   path, from_kuid(&init_user_ns, inode->i_uid));
		return -EPERM;
	}
	if (inode->i_nlink != 1) {
		pr_err_ratelimited("%s has %u hard links; the record needs a file of its own\n",
				   path, inode->i_nlink);
		return -EPERM;
	}
	return 0;
}

struct file *mysd_record_open(const char *path)
{
	struct file *file;
	int err;

	err = mysd_make_parents(path);
	if (!err)
		err = mysd_check_regular(path);
	if (err)
		return ERR_PTR(err);
	/*
	 * 0600: the record can hold whatever processes read and write.
	 * O_NOFOLLOW and O_NONBLOCK: should a symlink or a FIFO replace the
	 * file since the check, the open fails rather than follows or waits.
	 */
	file = filp_open(path, O_WRONLY | O_CREAT | O_APPEND | O_LARGEFILE |
			 O_NOFOLLOW | O_NONBLOCK, 0600);
	if (IS_ERR(file)) {
		pr_err_ratelimited("cannot open %s: %pe\n", path, file);
		return file;
	}
	if (!S_ISREG(file_inode(file)->i_mode)) {
		pr_err_ratelimited("%s is not a regular file\n", path);
		filp_close(file, NULL);
		return ERR_PTR(-EINVAL);
	}
	err = mysd_check_own(path, file_inode(file));
	if (err) {
		filp_close(file, NULL);
		return ERR_PTR(err);
	}
	file->f_flags &= ~O_NONBLOCK;	/* ours alone yet; writes may wait */
	if (file_inode(file)->i_mode & 0077)
		pr_warn("%s is readable by others (mode %03o); records can hold secrets\n",
			path, file_inode(file)->i_mode & 0777);
	return file;
}

#if MYSD_CAN_ROTATE
static int mysd_rename(const struct path *dir, struct dentry *from,
		       struct dentry *to)
{
	struct renamedata rd = {
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 3, 0)
		.old_mnt_idmap = mnt_idmap(dir->mnt),
		.new_mnt_idmap = mnt_idmap(dir->mnt),
#else
		.old_mnt_userns = mnt_user_ns(dir->mnt),
		.new_mnt_userns = mnt_user_ns(dir->mnt),
#endif
		.old_dir = d_inode(dir->dentry),
		.old_dentry = from,
		.new_dir = d_inode(dir->dentry),
		.new_dentry = to,
	};

	return vfs_rename(&rd);
}

/* Renames @name to @new_name in @dir if @name is still @inode. */
static int mysd_rename_if(const struct path *dir, const char *name,
			  const char *new_name, const struct inode *inode)
{
	struct dentry *from, *to;
	int err;

	err = mnt_want_write(dir->mnt);
	if (err)
		return err;
	lock_rename(dir->dentry, dir->dentry);	/* one directory: its lock */
	from = lookup_one_len(name, dir->dentry, strlen(name));
	err = PTR_ERR_OR_ZERO(from);
	if (err)
		goto unlock;
	to = lookup_one_len(new_name, dir->dentry, strlen(new_name));
	err = PTR_ERR_OR_ZERO(to);
	if (!err) {
		/* moved away or replaced meanwhile: not ours to rename */
		err = d_inode(from) == inode ? mysd_rename(dir, from, to) : -ESTALE;
		dput(to);
	}
	dput(from);
unlock:
	unlock_rename(dir->dentry, dir->dentry);
	mnt_drop_write(dir->mnt);
	return err;
}

int mysd_record_rotate(const char *path, const struct inode *inode)
{
	const char *name = kbasename(path);
	char *dir_name, *new_name;
	struct path dir;
	int err = -ENOMEM;

	dir_name = kstrndup(path, name - path, GFP_KERNEL);
	new_name = kasprintf(GFP_KERNEL, "%s.1", name);
	if (!dir_name || !new_name)
		goto out;
	err = kern_path(dir_name, LOOKUP_FOLLOW | LOOKUP_DIRECTORY, &dir);
	if (err)
		goto out;
	err = mysd_rename_if(&dir, name, new_name, inode);
	path_put(&dir);
out:
	kfree(new_name);
	kfree(dir_name);
	return err;
}
#else
int mysd_record_rotate(const char *path, const struct inode *inode)
{
	return -EOPNOTSUPP;
}
#endif
