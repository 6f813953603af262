//! The sandbox's state on disk: one JSON file, changed under an exclusive
//! lock and replaced atomically, so that runs which overlap neither lose
//! each other's changes nor leave a half-written file.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::files;
use crate::model::Record;

pub struct Store {
    path: PathBuf,
}

/// The connections, in the order they were created.
#[derive(Default)]
pub struct State {
    pub connections: Vec<Record>,
}

impl Store {
    pub fn new(path: PathBuf) -> Self {
        Store { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `change` on the current state while holding the lock; when it
    /// reports a change, the state is saved before the lock is released.
    pub fn transact<T>(&self, change: impl FnOnce(&mut State) -> (T, bool)) -> io::Result<T> {
        let _lock = self.lock()?;
        let mut state = self.load()?;
        let (result, changed) = change(&mut state);
        if changed {
            self.save(&state)?;
        }
        Ok(result)
    }

    /// Forgets every connection.
    pub fn reset(&self) -> io::Result<()> {
        let _lock = self.lock()?;
        self.save(&State::default())
    }

    fn lock(&self) -> io::Result<File> {
        fs::create_dir_all(files::folder_of(&self.path))?;
        let mut name = self.path.as_os_str().to_owned();
        name.push(".lock");
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(PathBuf::from(name))?;
        // Released when the file is closed, on every path out.
        file.lock()?;
        Ok(file)
    }

    fn load(&self) -> io::Result<State> {
        let text = match fs::read(&self.path) {
            Ok(text) => text,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(State::default()),
            Err(err) => return Err(err),
        };
        let invalid = |why: String| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "{} is not sandbox data ({why}); `pigello sandbox reset` starts afresh",
                    self.path.display()
                ),
            )
        };
        let value: Value = serde_json::from_slice(&text).map_err(|err| invalid(err.to_string()))?;
        let connections = value
            .get("connections")
            .and_then(Value::as_array)
            .ok_or_else(|| invalid("no list of connections".to_owned()))?
            .iter()
            .map(|item| item.as_object().cloned())
            .collect::<Option<Vec<Record>>>()
            .ok_or_else(|| invalid("a connection that is not an object".to_owned()))?;
        Ok(State { connections })
    }

    fn save(&self, state: &State) -> io::Result<()> {
        let document = json!({"version": 1, "connections": state.connections});
        files::replace(&self.path, |out| {
            serde_json::to_writer(out, &document).map_err(io::Error::from)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn connection(n: i64) -> Record {
        let mut record = Record::new();
        record.insert("n".into(), json!(n));
        record
    }

    #[test]
    fn changes_persist_and_reset_clears_them() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("deep/sandbox.json"));
        store
            .transact(|state| {
                state.connections.push(connection(1));
                ((), true)
            })
            .unwrap();
        let count = store
            .transact(|state| (state.connections.len(), false))
            .unwrap();
        assert_eq!(count, 1);
        store.reset().unwrap();
        let count = store
            .transact(|state| (state.connections.len(), false))
            .unwrap();
        assert_eq!(count, 0);
    }

    #[test]
    fn overlapping_writers_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sandbox.json");
        std::thread::scope(|scope| {
            for thread in 0..4 {
                let path = path.clone();
                scope.spawn(move || {
                    let store = Store::new(path);
                    for i in 0..25 {
                        store
                            .transact(|state| {
                                state.connections.push(connection(thread * 100 + i));
                                ((), true)
                            })
                            .unwrap();
                    }
                });
            }
        });
        let count = Store::new(path)
            .transact(|state| (state.connections.len(), false))
            .unwrap();
        assert_eq!(count, 100);
    }

    #[test]
    fn a_damaged_file_is_an_error_that_names_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sandbox.json");
        fs::write(&path, "{nope").unwrap();
        let err = Store::new(path.clone())
            .transact(|_| ((), false))
            .unwrap_err();
        assert!(err
            .to_string()
            .starts_with(&format!("{} is not sandbox data", path.display())));
    }
}
