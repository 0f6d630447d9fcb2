//! The kiosk's exclusive lock: an advisory `flock` on `<journal>.lock`, released by the kernel
//! when the holder exits or dies, so a killed kiosk never leaves a stale lock behind.

use super::{ControlError, lock_path};
use std::fs::{File, OpenOptions, TryLockError};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// Held while a kiosk (or an operator command standing in for one) owns the devices.
#[derive(Debug)]
pub struct KioskLock {
    path: PathBuf,
    // Closing the file releases the lock.
    _file: File,
}

impl KioskLock {
    /// Takes the lock beside `journal`; `Ok(None)` when another process holds it.
    pub fn try_acquire(journal: &Path) -> Result<Option<KioskLock>, ControlError> {
        let path = lock_path(journal);
        let io = |source| ControlError::Lock {
            path: path.display().to_string(),
            source,
        };
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(&path)
            .map_err(io)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(KioskLock { path, _file: file })),
            Err(TryLockError::WouldBlock) => Ok(None),
            Err(TryLockError::Error(e)) => Err(io(e)),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// For the kiosk at start: the lock, or an error naming who holds it.
pub fn hold_for_kiosk(journal: &Path) -> Result<KioskLock, ControlError> {
    KioskLock::try_acquire(journal)?.ok_or_else(|| ControlError::Busy {
        path: lock_path(journal).display().to_string(),
    })
}
