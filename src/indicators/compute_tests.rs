//! The counting rules of `docs/spec/indicators.md`, each at its boundary.

use crate::chunked::Chunked;
use chrono::{NaiveDate, NaiveDateTime};

use super::*;
use crate::model::{Answer, Case, Complaint, Location, Origin, Survey, test_case};
use crate::settings::Electronic;
use crate::vocab::{Outcome, Service, Vocabulary};

/// Every service marked electronic, as the bundled configuration has it.
fn all_electronic() -> Electronic {
    Electronic(Service::ALL.iter().map(|s| (*s, true)).collect())
}

fn at(m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2025, m, d)
        .and_then(|d| d.and_hms_opt(h, min, 0))
        .unwrap()
}

fn case(id: &str, office: &str, submitted: NaiveDateTime, decided: NaiveDateTime) -> Case {
    Case {
        case_id: id.into(),
        office: crate::model::Office::new(office).unwrap(),
        submitted_at: submitted,
        decided_at: Some(decided),
        ..test_case()
    }
}

fn origin() -> Origin {
    Origin {
        location: std::sync::Arc::new(Location {
            file: "t.xlsx".into(),
            sheet: None,
        }),
        row: 2,
    }
}

fn complaint(
    office: &str,
    received: NaiveDateTime,
    case_id: Option<&str>,
    justified: Option<bool>,
) -> Complaint {
    Complaint {
        complaint_id: format!("C-{received}"),
        office: crate::model::Office::new(office).unwrap(),
        received_at: received,
        case_id: case_id.map(str::to_string),
        channel: None,
        subject: None,
        justified,
        origin: origin(),
        ..crate::model::test_complaint()
    }
}

fn survey(office: &str, day: NaiveDate, quality: Option<Answer>) -> Survey {
    Survey {
        office: crate::model::Office::new(office).unwrap(),
        answered_on: day,
        quality,
        information: None,
        politeness: Some(Answer::Score(3)),
        origin: origin(),
    }
}

fn year_2025() -> Period {
    Period::year(2025).unwrap()
}

fn compute(cases: &[Case], complaints: &[Complaint], surveys: &[Survey]) -> Results {
    let cases: Chunked<Case> = cases.iter().cloned().collect();
    let electronic = all_electronic();
    let verdicts = crate::law::judge(&cases, &crate::law::LawContext::default()).unwrap();
    super::compute(
        &cases,
        &verdicts,
        complaints,
        surveys,
        &electronic,
        year_2025(),
    )
    .unwrap()
}

fn ratio(n: u64, d: u64) -> Ratio {
    Ratio {
        numerator: n,
        denominator: d,
    }
}

#[test]
fn timeliness_counts_the_fifth_working_day_as_on_time() {
    // Submitted Tuesday 18 March 2025; the deadline spans Nauryz to Friday 28 March.
    let on_time = case("A", "1910-262", at(3, 18, 10, 0), at(3, 28, 17, 59));
    let late = case("B", "1910-262", at(3, 18, 10, 0), at(3, 31, 9, 0));
    // Identity documents are outside Appendix 4: in none of its figures.
    let id_doc = Case {
        service: Service::IdDocument,
        ..case("C", "1910-262", at(3, 18, 10, 0), at(4, 30, 9, 0))
    };
    let pending = Case {
        result: Outcome::Pending,
        decided_at: None,
        ..case("D", "1910-262", at(3, 18, 10, 0), at(3, 19, 9, 0))
    };
    let t = compute(&[on_time, late, id_doc, pending], &[], &[]);
    let kz = t.republic();
    assert_eq!(kz.get(Indicator::Timeliness), ratio(1, 2));
    assert_eq!(kz.get(Indicator::Timeliness).value(), Some(50.0));
    // 4.1's denominator: the served cases of the standard's services.
    assert_eq!(kz.get(Indicator::Complaints), ratio(0, 2));
    assert_eq!(kz.get(Indicator::Complaints).value(), Some(0.0));
    assert_eq!(
        t.find(Level::Republic, "KZ", Some(Service::IdDocument), None),
        None
    );
}

#[test]
fn fifteen_minutes_exactly_is_within_the_limit() {
    let mut exact = case("A", "1910-262", at(3, 3, 10, 0), at(3, 5, 10, 0));
    exact.queue_arrived_at = Some(at(3, 3, 9, 35));
    exact.queue_called_at = Some(at(3, 3, 9, 50));
    exact.service_ended_at = Some(at(3, 3, 10, 5));
    let mut over = case("B", "1910-262", at(3, 3, 10, 0), at(3, 5, 10, 0));
    over.queue_arrived_at = Some(at(3, 3, 9, 34));
    over.queue_called_at = Some(at(3, 3, 9, 50));
    over.service_ended_at = Some(at(3, 3, 10, 6));
    let mut unknown = case("C", "1910-262", at(3, 3, 10, 0), at(3, 5, 10, 0));
    unknown.queue_arrived_at = None;
    unknown.service_ended_at = None;
    let t = compute(&[exact, over, unknown], &[], &[]);
    let kz = t.republic();
    assert_eq!(kz.get(Indicator::Waiting), ratio(1, 2));
    assert_eq!(kz.get(Indicator::ServiceTime), ratio(1, 2));
}

#[test]
fn the_period_is_closed_and_decided_at_decides() {
    let first = case("A", "1910-262", at(1, 1, 10, 0), at(1, 1, 10, 0));
    let last = case("B", "1910-262", at(12, 20, 10, 0), at(12, 31, 23, 59));
    let before = Case {
        decided_at: NaiveDate::from_ymd_opt(2024, 12, 31).and_then(|d| d.and_hms_opt(23, 59, 0)),
        ..case("C", "1910-262", at(1, 1, 10, 0), at(1, 1, 10, 0))
    };
    let t = compute(&[first, last, before], &[], &[]);
    assert_eq!(t.republic().get(Indicator::Complaints).denominator, 2);
    // Monthly rows carry the year and month of decided_at.
    let january = t
        .find(Level::Republic, "KZ", None, Some((2025, 1)))
        .unwrap();
    assert_eq!(january.get(Indicator::Complaints).denominator, 1);
    assert!(
        t.find(Level::Republic, "KZ", None, Some((2024, 12)))
            .is_none()
    );
}

#[test]
fn levels_add_up_from_offices_to_departments_to_the_republic() {
    let cases = [
        case("A", "1910-262", at(3, 3, 10, 0), at(3, 5, 10, 0)),
        case("B", "1910-263", at(3, 3, 10, 0), at(3, 20, 10, 0)),
        case("C", "7510-001", at(4, 1, 10, 0), at(4, 2, 10, 0)),
    ];
    let t = compute(&cases, &[], &[]);
    let dept = t.find(Level::Department, "1910", None, None).unwrap();
    assert_eq!(dept.get(Indicator::Timeliness), ratio(1, 2));
    let office = t.find(Level::Office, "1910-263", None, None).unwrap();
    assert_eq!(office.get(Indicator::Timeliness), ratio(0, 1));
    assert_eq!(t.republic().get(Indicator::Timeliness), ratio(2, 3));
    let april = t
        .find(
            Level::Department,
            "7510",
            Some(Service::VisaIssue),
            Some((2025, 4)),
        )
        .unwrap();
    assert_eq!(april.get(Indicator::Timeliness), ratio(1, 1));
    // Rows come in a stable order: republic first, then departments, then offices.
    assert_eq!(t.rows[0].level, Level::Republic);
    assert_eq!(t.rows.last().unwrap().level, Level::Office);
    let levels: Vec<Level> = t.rows.iter().map(|r| r.level).collect();
    let mut sorted = levels.clone();
    sorted.sort();
    assert_eq!(levels, sorted);
}

#[test]
fn justified_complaints_in_the_period_against_served_cases() {
    let cases = [
        case("A", "1910-262", at(3, 3, 10, 0), at(3, 5, 10, 0)),
        case("B", "1910-262", at(3, 3, 10, 0), at(3, 5, 10, 0)),
        Case {
            service: Service::VisaExtend,
            ..case("E", "1910-262", at(3, 3, 10, 0), at(3, 5, 10, 0))
        },
    ];
    let complaints = [
        complaint("1910-262", at(3, 10, 9, 0), Some("E"), Some(true)),
        complaint("1910-262", at(3, 11, 9, 0), None, Some(true)),
        complaint("1910-262", at(3, 12, 9, 0), Some("A"), Some(false)),
        complaint("1910-262", at(3, 13, 9, 0), Some("A"), None),
        complaint(
            "1910-262",
            NaiveDate::from_ymd_opt(2026, 1, 2)
                .and_then(|d| d.and_hms_opt(9, 0, 0))
                .unwrap(),
            Some("A"),
            Some(true),
        ),
    ];
    let t = compute(&cases, &complaints, &[]);
    assert_eq!(t.republic().get(Indicator::Complaints), ratio(2, 3));
    assert_eq!(t.republic().get(Indicator::Complaints).value(), Some(66.7));
    // Only the complaint naming case E belongs to visa-extend.
    let extend = t
        .find(Level::Office, "1910-262", Some(Service::VisaExtend), None)
        .unwrap();
    assert_eq!(extend.get(Indicator::Complaints), ratio(1, 1));
    let issue = t
        .find(Level::Office, "1910-262", Some(Service::VisaIssue), None)
        .unwrap();
    assert_eq!(issue.get(Indicator::Complaints), ratio(0, 2));
}

#[test]
fn surveys_count_answered_questions_and_scores_of_four_and_five() {
    let day = |d| NaiveDate::from_ymd_opt(2025, 6, d).unwrap();
    let surveys = [
        survey("1910-262", day(2), Some(Answer::Score(4))),
        survey("1910-262", day(3), Some(Answer::Score(3))),
        survey("1910-262", day(4), Some(Answer::YesNo(true))),
        survey("1910-262", day(5), None),
    ];
    let t = compute(&[], &[], &surveys);
    let kz = t.republic();
    assert_eq!(kz.get(Indicator::Quality), ratio(2, 3));
    assert_eq!(kz.get(Indicator::Information), ratio(0, 0));
    assert_eq!(kz.get(Indicator::Politeness), ratio(0, 4));
    // Surveys carry no service: no value in a service's row.
    assert!(
        t.find(Level::Republic, "KZ", Some(Service::VisaIssue), None)
            .is_none()
    );
    // No served case: 1.1 and 4.1 have no value, never 0.
    assert_eq!(kz.get(Indicator::Timeliness).value(), None);
    assert_eq!(kz.get(Indicator::Complaints).value(), None);
}

#[test]
fn electronic_information_comes_from_the_configuration() {
    let t = compute(
        &[case("A", "1910-262", at(3, 3, 10, 0), at(3, 5, 10, 0))],
        &[],
        &[],
    );
    // The standard's two services: identity documents are not among them.
    assert_eq!(t.republic().get(Indicator::Electronic), ratio(2, 2));
    let without_data = |electronic: &Electronic| {
        super::compute(
            &Chunked::new(),
            &Chunked::new(),
            &[],
            &[],
            electronic,
            year_2025(),
        )
        .unwrap()
    };
    let mut electronic = all_electronic();
    electronic.0.insert(Service::IdDocument, false);
    let t = without_data(&electronic);
    assert_eq!(t.republic().get(Indicator::Electronic), ratio(2, 2));
    electronic.0.insert(Service::VisaExtend, false);
    let t = without_data(&electronic);
    // Without any data the republic row is still there.
    assert_eq!(t.rows.len(), 1);
    assert_eq!(t.republic().get(Indicator::Electronic).value(), Some(50.0));
}

#[test]
fn events_of_several_batches_are_summed_as_one() {
    // More cases than one batch holds: two offices, on time but every
    // third, and the last an identity document a justified complaint names.
    let n = super::frame::BATCH + 4_465;
    let mut cases: Vec<Case> = (0..n)
        .map(|i| {
            let office = ["1910-262", "1914-201"][i % 2];
            let decided = match i % 3 {
                0 => at(3, 31, 9, 0),
                _ => at(3, 28, 17, 59),
            };
            case(&format!("A-{i}"), office, at(3, 18, 10, 0), decided)
        })
        .collect();
    cases[n - 1].service = Service::IdDocument;
    let last = format!("A-{}", n - 1);
    let named = complaint("1914-201", at(4, 2, 10, 0), Some(&last), Some(true));
    let t = compute(&cases, &[named], &[]);
    let on_time =
        |office: usize| (0..n - 1).filter(|i| i % 2 == office && i % 3 != 0).count() as u64;
    let visas = |office: usize| (0..n - 1).filter(|i| i % 2 == office).count() as u64;
    assert_eq!(
        t.republic().get(Indicator::Timeliness),
        ratio(on_time(0) + on_time(1), n as u64 - 1)
    );
    for (i, office) in ["1910-262", "1914-201"].into_iter().enumerate() {
        let row = t.find(Level::Office, office, None, None).unwrap();
        assert_eq!(row.get(Indicator::Timeliness), ratio(on_time(i), visas(i)));
    }
    // The identity document and the complaint naming it are outside
    // Appendix 4.
    assert_eq!(
        t.find(Level::Republic, "KZ", Some(Service::IdDocument), None),
        None
    );
    assert_eq!(
        t.republic().get(Indicator::Complaints),
        ratio(0, n as u64 - 1)
    );
}
