//! Figure mentions: numbers with what they count.

use crate::lang::{Category, LangTable, Qualifier};
use crate::text::Token;
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct FigureMention {
    pub text: String,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    pub noun: Option<String>,
    pub concept: Option<&'static str>,
    pub category: Category,
    pub event: Option<&'static str>,
    pub start: usize,
    pub end: usize,
    pub sentence: String,
}

pub fn find(_table: &LangTable, _toks: &[Token], _claimed: &[(usize, usize)]) -> Vec<FigureMention> {
    Vec::new()
}
