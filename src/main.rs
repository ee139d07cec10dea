//! The `factcard` command line: extract, bundle and card, over the same core as the widget.
fn main() {}
