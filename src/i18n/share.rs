//! Sharing and moving data: share links, QR codes, backups, CSV and JSON files, imports and
//! storage, and their refusals worded. File contents (column names, keys) never go through here.

#[allow(unused_imports)]
use super::*;
