//! A minimal byte writer and bounds-checked reader: varints, zig-zag integers, strings.

/// What is wrong with a link's bytes: the reader ran off the end or met an impossible value
/// (worded by `i18n::share::malformed`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Malformed {
    EndsTooSoon,
    NumberTooLong,
    TextPastEnd,
    TextNotUtf8,
    DateOutOfRange,
    GoalCount,
    GoalUnknown,
    GoalOutOfRange,
    ScoreOutOfRange,
    TextTooLong,
    TooFewSnapshots,
    UnknownScale,
    SameDay,
    DataAfterEnd,
    PeersIncomplete,
    PillarMissing,
}

#[derive(Default)]
pub struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    pub fn varint(&mut self, mut value: u64) {
        while value >= 0x80 {
            self.buf.push((value as u8) | 0x80);
            value >>= 7;
        }
        self.buf.push(value as u8);
    }

    pub fn zigzag(&mut self, value: i64) {
        self.varint(((value << 1) ^ (value >> 63)) as u64);
    }

    pub fn byte(&mut self, value: u8) {
        self.buf.push(value);
    }

    pub fn bytes(&mut self, value: &[u8]) {
        self.buf.extend_from_slice(value);
    }
}

pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Reader { data, pos: 0 }
    }

    pub fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    pub fn byte(&mut self) -> Result<u8, Malformed> {
        let b = *self.data.get(self.pos).ok_or(Malformed::EndsTooSoon)?;
        self.pos += 1;
        Ok(b)
    }

    pub fn varint(&mut self) -> Result<u64, Malformed> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(Malformed::NumberTooLong)
    }

    pub fn zigzag(&mut self) -> Result<i64, Malformed> {
        let v = self.varint()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    pub fn bytes(&mut self, len: usize) -> Result<&'a [u8], Malformed> {
        if len > self.remaining() {
            return Err(Malformed::TextPastEnd);
        }
        let slice = &self.data[self.pos..self.pos + len];
        self.pos += len;
        Ok(slice)
    }

    pub fn text(&mut self, len: usize) -> Result<String, Malformed> {
        let bytes = self.bytes(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| Malformed::TextNotUtf8)
    }
}
