//! Files replaced whole: written to a temporary file beside the target and
//! renamed over it once complete, so that a reader (or a crash) never meets
//! half of one.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use tempfile::NamedTempFile;

/// The folder a file is in; `.` for a bare file name.
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    }
}

/// A temporary file in the target's folder, so that the final rename stays
/// on one file system. On Unix it is readable by its owner alone.
pub fn temporary_beside(path: &Path) -> io::Result<NamedTempFile> {
    NamedTempFile::new_in(folder_of(path))
}

/// Replaces `path` with what `write` writes, creating its folder if need be.
pub fn replace(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    std::fs::create_dir_all(folder_of(path))?;
    let mut writer = BufWriter::new(temporary_beside(path)?);
    write(&mut writer)?;
    // into_inner flushes and reports a failed last write, which a dropped
    // BufWriter would hide, letting a cut-off file replace the good one.
    let file = writer.into_inner().map_err(|err| err.into_error())?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|err| err.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_replaced_whole_and_its_folder_made() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/file.txt");
        replace(&path, |w| w.write_all(b"one")).unwrap();
        replace(&path, |w| w.write_all(b"two")).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "two");
        let failed = replace(&path, |_| Err(io::Error::other("no")));
        assert!(failed.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "two");
        assert_eq!(
            std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
            1
        );
        assert_eq!(folder_of(Path::new("x.json")), Path::new("."));
    }
}
