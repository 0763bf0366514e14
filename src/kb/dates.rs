//! Calendar arithmetic on `YYYY-MM-DD` dates: what the drafter resolves "on Tuesday" with, and
//! what a date the data gives is checked against ("did they meet on Thursday?").

/// The weekdays, Monday first (as [`weekday`] counts them).
pub const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
/// The months, January first.
pub const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// Days since 1970-01-01 of a `YYYY-MM-DD` date.
pub fn days(date: &str) -> Option<i64> {
    let mut it = date.split('-').map(|x| x.parse::<i64>().ok());
    let (y, m, d) = (it.next()??, it.next()??, it.next()??);
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The weekday of a day counted by [`days`]: Monday = 0.
pub fn weekday(day: i64) -> i64 {
    (day + 3).rem_euclid(7)
}

/// The year of a `YYYY…` date.
pub fn year(date: &str) -> Option<i64> {
    date.split('-').next()?.parse().ok()
}

/// The month (January = 1) of a `YYYY-MM…` date.
pub fn month(date: &str) -> Option<i64> {
    date.split('-').nth(1)?.parse().ok()
}
