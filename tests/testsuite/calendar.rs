//! `esep calendar`.

use crate::{esep, run};

#[test]
fn json_has_the_shape_other_systems_read() {
    let out = run(esep().args(["calendar", "2025", "--json", "--lang", "ru"]));
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["year"], 2025);
    assert_eq!(json["working_days"], 246);
    let months = json["months"].as_array().unwrap();
    assert_eq!(months.len(), 12);
    assert_eq!(months[0]["month"], 1);
    let total: u64 = months
        .iter()
        .map(|m| m["working_days"].as_u64().unwrap())
        .sum();
    assert_eq!(total, 246);
    assert_eq!(
        json["working_weekend_days"],
        serde_json::json!(["2025-01-05"])
    );
    let days_off = json["days_off"].as_array().unwrap();
    assert!(days_off.iter().any(
        |d| d["date"] == "2025-03-24" && d["reason"] == "Наурыз мейрамы, перенос с 22.03.2025"
    ));
    // Every listed day off is a Monday to Friday.
    for d in days_off {
        let date =
            chrono::NaiveDate::parse_from_str(d["date"].as_str().unwrap(), "%Y-%m-%d").unwrap();
        assert!(
            chrono::Datelike::weekday(&date).number_from_monday() <= 5,
            "{date}"
        );
    }
}

#[test]
fn a_year_without_data_exits_2_and_says_what_to_add() {
    let out = run(esep().args(["calendar", "2010"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no data for 2010"));
}
