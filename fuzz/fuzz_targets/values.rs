//! Every value parser of the contract on one arbitrary cell: none may
//! panic, and what they accept must be what the contract says.
#![no_main]

use esep::ingest::Cell;
use esep::validate::values;
use esep::vocab;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&kind, rest)) = data.split_first() else {
        return;
    };
    let cell = match kind % 4 {
        0 if rest.len() >= 8 => Cell::Number(f64::from_le_bytes(rest[..8].try_into().unwrap())),
        1 => Cell::Bool(rest.first().is_some_and(|b| b & 1 == 1)),
        2 => Cell::Error(String::from_utf8_lossy(rest).into_owned()),
        _ => Cell::text(String::from_utf8_lossy(rest).into_owned()),
    };
    let _ = cell.shown();
    let _ = values::text(&cell);
    if let Ok(Some(dt)) = values::datetime(&cell)
        && let Cell::Text(t) = &cell
    {
        // An accepted text date names that day in one of its forms.
        let day = dt.format("%d.%m.%Y").to_string();
        let iso = dt.format("%Y-%m-%d").to_string();
        assert!(t.contains(&day) || t.contains(&iso), "{t:?} read as {dt}");
    }
    let _ = values::date(&cell);
    let _ = values::yes_no(&cell);
    let _ = values::word::<vocab::Service>(&cell);
    let _ = values::word::<vocab::Outcome>(&cell);
    let _ = values::word::<vocab::RefusalGround>(&cell);
    let _ = values::word::<vocab::VisaCategory>(&cell);
    let _ = values::word::<vocab::ApplicantKind>(&cell);
    let _ = values::word::<vocab::Channel>(&cell);
    let _ = values::word::<vocab::Subject>(&cell);
    let _ = values::documents(&cell);
    if let Ok(Some(code)) = values::office(&cell) {
        assert!(code.len() == 8 && code.as_bytes()[4] == b'-', "{code:?}");
    }
    if let Ok(Some(iin)) = values::iin(&cell) {
        assert!(iin.len() == 12 && values::iin_check_digit_ok(&iin), "{iin:?}");
    }
    let _ = values::citizenship(&cell);
    if let Ok(Some(n)) = values::entries(&cell) {
        assert!(n == 1 || n == 2);
    }
    let _ = values::count(&cell);
    if let Ok(Some(amount)) = values::amount(&cell) {
        assert!(amount.0 >= 0);
    }
    let _ = values::formular_code(&cell);
    let _ = values::answer(&cell);
});
