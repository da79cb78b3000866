//! Quick exit by keyboard, as in GOV.UK's "Exit this page": pressing Shift three times in a row
//! leaves. Any other key in between starts the count again, so typing capitals never triggers
//! it, and so does a pause of more than `WINDOW_MS` between presses.

pub const WINDOW_MS: f64 = 1000.0;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShiftCounter {
    count: u8,
    last_ms: f64,
}

impl ShiftCounter {
    /// Feeds one key press (the `KeyboardEvent.key` value and a time in ms). True when the reader
    /// has asked to leave.
    pub fn press(&mut self, key: &str, now_ms: f64) -> bool {
        if key != "Shift" {
            self.count = 0;
            return false;
        }
        // A NaN time is never "within", so a broken clock can only restart the count.
        let within = (now_ms - self.last_ms) <= WINDOW_MS;
        if self.count > 0 && !within {
            self.count = 0;
        }
        self.count += 1;
        self.last_ms = now_ms;
        if self.count >= 3 {
            self.count = 0;
            true
        } else {
            false
        }
    }
}
