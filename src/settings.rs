//! The settings the configuration resolves into: plain values below every
//! stage, so that the configuration (which reads them from its file)
//! imports no stage, and no stage imports the configuration's file format.
//! The law computes with the deadlines and the fee rate
//! (`law::deadline`, `law::fee`); the report compares with the norms.

use crate::vocab::Service;

/// Working days allowed per service; `None` where the law sets no deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadlines {
    pub visa_issue: Option<u32>,
    pub visa_extend: Option<u32>,
    pub id_document: Option<u32>,
}

impl Default for Deadlines {
    fn default() -> Deadlines {
        Deadlines {
            visa_issue: Some(5),
            visa_extend: Some(5),
            id_document: None,
        }
    }
}

impl Deadlines {
    pub fn days(&self, service: Service) -> Option<u32> {
        match service {
            Service::VisaIssue => self.visa_issue,
            Service::VisaExtend => self.visa_extend,
            Service::IdDocument => self.id_document,
        }
    }
}

/// The fee rate in percent of the MCI (item 8: 50). Configuration, since
/// the Tax Code sets it and may change it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeeRate(pub u32);

impl Default for FeeRate {
    fn default() -> FeeRate {
        FeeRate(50)
    }
}

/// A normative value and the next year's target, in percent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Norm {
    pub normative: f64,
    pub target: f64,
}
