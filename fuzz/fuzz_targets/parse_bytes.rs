//! Any bytes into `parse_bytes` and `parse_all_bytes`: an article or an error,
//! never a panic, never a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = kcna::parse_bytes(data);
    // Tight limits exercise the guards on small inputs.
    let _ = kcna::Options::new()
        .max_depth(8)
        .max_attributes(2)
        .max_nodes(200)
        .parse_all_bytes(data);
});
