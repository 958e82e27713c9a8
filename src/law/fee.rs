//! The state fee of item 8 of the standard: a share (50 %) of the monthly
//! calculation index in force on the day of payment, as data in
//! `fixtures/reference/mci.csv`. Amounts are exact, in tiyn.

use chrono::NaiveDate;

use crate::model::Tiyn;
use crate::reference::mci_on;

pub use crate::settings::FeeRate;

/// A day before the first MCI the data holds (2011): validation keeps
/// such days out of judging, so no message is shown for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoMci(pub NaiveDate);

/// The fee due for a payment on `paid_on`.
pub fn fee_due(paid_on: NaiveDate, rate: FeeRate) -> Result<Tiyn, NoMci> {
    let mci = mci_on(paid_on).ok_or(NoMci(paid_on))?;
    // tenge × percent = tiyn: 3063 tenge × 50 % = 1531.50 tenge = 153 150 tiyn.
    Ok(Tiyn(i64::from(mci.tenge) * i64::from(rate.0)))
}

/// A fee is short when the amount paid is below the fee due.
pub fn is_short(paid: Tiyn, due: Tiyn) -> bool {
    paid < due
}

/// A fee is over when the amount paid is above the fee due: item 8 sets
/// the amount, not a minimum, and an office that takes more than it
/// breaks the item as one that takes less (`docs/law.md`).
pub fn is_over(paid: Tiyn, due: Tiyn) -> bool {
    paid > due
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn half_the_mci_on_the_day_of_payment() {
        assert_eq!(
            fee_due(day(2025, 3, 3), FeeRate::default()),
            Ok(Tiyn(196_600))
        );
        // The MCI changed on 1 June 2022 (3063 → 3180): the day of payment decides.
        assert_eq!(
            fee_due(day(2022, 5, 31), FeeRate::default()),
            Ok(Tiyn(153_150))
        );
        assert_eq!(
            fee_due(day(2022, 6, 1), FeeRate::default()),
            Ok(Tiyn(159_000))
        );
        // 1 April 2020 (2651 → 2778).
        assert_eq!(
            fee_due(day(2020, 3, 31), FeeRate::default()),
            Ok(Tiyn(132_550))
        );
        assert_eq!(
            fee_due(day(2020, 4, 1), FeeRate::default()),
            Ok(Tiyn(138_900))
        );
        assert_eq!(fee_due(day(2025, 3, 3), FeeRate(100)), Ok(Tiyn(393_200)));
        assert_eq!(
            fee_due(day(2010, 12, 31), FeeRate::default()),
            Err(NoMci(day(2010, 12, 31)))
        );
    }

    #[test]
    fn short_by_one_tiyn_is_short_exactly_due_is_not() {
        let due = fee_due(day(2022, 5, 31), FeeRate::default()).unwrap();
        assert!(!is_short(due, due) && !is_over(due, due));
        assert!(is_over(Tiyn(due.0 + 1), due));
        assert!(is_short(Tiyn(due.0 - 1), due));
        // Paid the old fee on the day the MCI rose: short.
        assert!(is_short(
            Tiyn(153_150),
            fee_due(day(2022, 6, 1), FeeRate::default()).unwrap()
        ));
    }
}
