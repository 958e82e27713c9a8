//! Item 9: reception «кезек тәртібімен, алдын ала жазылусыз және жедел
//! қызмет көрсетусіз» — in the order of the queue, without appointment or
//! expedited service. Within one office and day, a visitor who arrived
//! later but was called before one who arrived earlier was received out of
//! turn. One case cannot show it: this is judged across the cases, after
//! each case's own verdict.

use chrono::NaiveDateTime;

use super::finding::{Code, Finding};
use crate::chunked::Chunked;
use crate::model::{Case, Office};

/// A visitor of the queue: office, arrival, call, and the case's index.
type Visit = (Office, NaiveDateTime, NaiveDateTime, usize);

/// The cases received out of turn, by index, each with its finding: called
/// before the visitor of the same office and day who arrived before it
/// and was called last. Only the standard's services, and only cases whose
/// record holds both moments.
pub(super) fn out_of_turn(cases: &Chunked<Case>) -> Vec<(usize, Finding)> {
    let mut visits: Vec<Visit> = cases
        .iter()
        .enumerate()
        .filter(|(_, c)| c.service.is_visa())
        .filter_map(|(i, c)| Some((c.office, c.queue_arrived_at?, c.queue_called_at?, i)))
        .collect();
    visits.sort_unstable_by_key(|&(office, arrived, called, i)| {
        (office, arrived.date(), arrived, called, i)
    });
    let mut out = Vec::new();
    for day in visits.chunk_by(|a, b| (a.0, a.1.date()) == (b.0, b.1.date())) {
        // The visitor called last among those who arrived strictly before.
        let mut latest: Option<&Visit> = None;
        for same in day.chunk_by(|a, b| a.1 == b.1) {
            if let Some(earlier) = latest {
                for visit in same.iter().filter(|v| v.2 < earlier.2) {
                    out.push((visit.3, finding(visit, earlier)));
                }
            }
            let last_here = same.iter().max_by_key(|v| v.2);
            if last_here.is_some_and(|v| latest.is_none_or(|l| v.2 > l.2)) {
                latest = last_here;
            }
        }
    }
    out.sort_unstable_by_key(|(i, _)| *i);
    out
}

fn finding(visit: &Visit, earlier: &Visit) -> Finding {
    let moment = |d: NaiveDateTime| d.format("%Y-%m-%dT%H:%M:%S").to_string().into();
    Finding::new(
        Code::OutOfTurn,
        vec![
            ("arrived", moment(visit.1)),
            ("called", moment(visit.2)),
            ("earlier_arrived", moment(earlier.1)),
            ("earlier_called", moment(earlier.2)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_case;
    use crate::vocab::Service;

    fn at(h: u32, m: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2025, 3, 4)
            .and_then(|d| d.and_hms_opt(h, m, 0))
            .unwrap()
    }

    fn visit(id: &str, office: &str, arrived: NaiveDateTime, called: NaiveDateTime) -> Case {
        Case {
            case_id: id.into(),
            office: Office::new(office).unwrap(),
            queue_arrived_at: Some(arrived),
            queue_called_at: Some(called),
            ..test_case()
        }
    }

    fn found(cases: Vec<Case>) -> Vec<(usize, Vec<String>)> {
        let cases: Chunked<Case> = cases.into_iter().collect();
        out_of_turn(&cases)
            .into_iter()
            .map(|(i, f)| (i, f.figures.into_iter().map(|(_, v)| v.raw()).collect()))
            .collect()
    }

    #[test]
    fn a_later_arrival_called_first_is_received_out_of_turn() {
        let found = found(vec![
            visit("A", "1910-262", at(9, 0), at(9, 20)),
            // Arrived after A, called before A: out of turn.
            visit("B", "1910-262", at(9, 5), at(9, 10)),
            // Arrived after A, called after A: in turn.
            visit("C", "1910-262", at(9, 6), at(9, 25)),
            // Another office, another day: nothing to compare.
            visit("D", "1914-201", at(9, 7), at(9, 8)),
        ]);
        assert_eq!(
            found,
            [(
                1,
                vec![
                    "2025-03-04T09:05:00".to_string(),
                    "2025-03-04T09:10:00".into(),
                    "2025-03-04T09:00:00".into(),
                    "2025-03-04T09:20:00".into(),
                ]
            )]
        );
    }

    #[test]
    fn the_queue_order_is_kept_at_its_boundaries() {
        // Arrived together: either may be called first.
        assert!(
            found(vec![
                visit("A", "1910-262", at(9, 0), at(9, 20)),
                visit("B", "1910-262", at(9, 0), at(9, 10)),
            ])
            .is_empty()
        );
        // Called at the same moment (two windows): not out of turn.
        assert!(
            found(vec![
                visit("A", "1910-262", at(9, 0), at(9, 10)),
                visit("B", "1910-262", at(9, 5), at(9, 10)),
            ])
            .is_empty()
        );
        // An identity document is outside the standard; a case without
        // its moments cannot be placed in the queue.
        let document = Case {
            service: Service::IdDocument,
            ..visit("A", "1910-262", at(9, 0), at(9, 20))
        };
        let unknown = Case {
            queue_arrived_at: None,
            ..visit("C", "1910-262", at(9, 1), at(9, 30))
        };
        assert!(
            found(vec![
                document,
                unknown,
                visit("B", "1910-262", at(9, 5), at(9, 10)),
            ])
            .is_empty()
        );
        // Two overtaken by one: one finding, naming the last called.
        let two = found(vec![
            visit("A", "1910-262", at(9, 0), at(9, 30)),
            visit("B", "1910-262", at(9, 1), at(9, 40)),
            visit("C", "1910-262", at(9, 2), at(9, 10)),
        ]);
        assert_eq!(two.len(), 1);
        assert_eq!(two[0].0, 2);
        assert_eq!(two[0].1[3], "2025-03-04T09:40:00");
    }
}
