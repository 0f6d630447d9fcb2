//! The shared vectors (../shared/zvt/vectors, copied to tests/data/zvt) replayed byte by byte.

use super::apdu::Apdu;
use super::command::Command;
use super::frame::{encode_frame, unhex};
use super::link::{LinkConfig, LinkMode};
use super::session::*;
use super::session_tests::{Harness, ack_frame, drain, report};
use crate::payment::CommitDecision;
use std::time::Instant;

/// (direction is ECR->PT, bytes) for every line of a vector `.txt` file.
fn vector(text: &str) -> Vec<(bool, Vec<u8>)> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let body = l.split(';').next().unwrap();
            let mut parts = body.split_whitespace();
            let _t = parts.next();
            let dir = parts.next().unwrap();
            let hex: Vec<&str> = parts.collect();
            (dir == "ECR>PT", unhex(&hex.join(" ")).unwrap())
        })
        .collect()
}

/// Replays a vector: feeds the terminal's bytes, accepts the approval, and checks that the session
/// wrote exactly the ECR's bytes. Returns every event.
fn replay(text: &str, cmd: Command, mode: LinkMode) -> Vec<SessionEvent> {
    let mut s = Session::new(SessionConfig::new(LinkConfig::new(mode)));
    let t = Instant::now();
    s.start(cmd, t).unwrap();
    let (mut wrote, mut events) = drain(&mut s);
    let mut expected = Vec::new();
    for (ecr, bytes) in vector(text) {
        if ecr {
            expected.extend(bytes);
            continue;
        }
        s.handle_input(&bytes, t);
        let (out, ev) = drain(&mut s);
        wrote.extend(out);
        for e in ev {
            if matches!(e, SessionEvent::CommitRequired(_)) {
                assert!(s.decide(CommitDecision::Accept, t), "answer queued");
                wrote.extend(drain(&mut s).0);
            }
            events.push(e);
        }
    }
    assert_eq!(
        super::frame::hex(&wrote),
        super::frame::hex(&expected),
        "ECR bytes differ from the vector"
    );
    events
}

#[test]
fn registration_vector_byte_exact() {
    let ev = replay(
        include_str!("../../../tests/data/zvt/01_registration_jpy.serial.txt"),
        Command::Registration {
            password: 123456,
            config: 0xBA,
            currency: 392,
        },
        LinkMode::Serial,
    );
    let r = report(&ev);
    let Finish::Completed(Some(c)) = &r.finish else {
        panic!("{:?}", r.finish)
    };
    assert_eq!(c.fields.terminal_id.as_deref(), Some("12345678"));
    assert_eq!(c.fields.currency, Some(392));
}

#[test]
fn jpy_authorisation_vector_byte_exact_with_commit() {
    let ev = replay(
        include_str!("../../../tests/data/zvt/04_auth_success_1000_jpy.serial.txt"),
        Command::authorisation_jpy(1000),
        LinkMode::Serial,
    );
    let inter: Vec<u8> = ev
        .iter()
        .filter_map(|e| {
            if let SessionEvent::Intermediate(c) = e {
                Some(*c)
            } else {
                None
            }
        })
        .collect();
    assert_eq!(inter, [0x0A, 0x01, 0x04, 0x0B]);
    let r = report(&ev);
    assert_eq!(r.finish, Finish::Completed(Some(Completion::default())));
    assert_eq!(r.decision, Some(CommitDecision::Accept));
    assert!(r.decision_delivered, "the terminal ACKed our 80 00 00");
    let st = r.status.as_ref().unwrap();
    assert_eq!(
        (st.amount, st.receipt_no, st.trace_no),
        (Some(1000), Some(1), Some(1))
    );
    assert_eq!(r.lines[0], "CUSTOMER RECEIPT");
    assert_eq!(r.lines.len(), 5);
    assert_eq!(r.lines[4], "APPROVED");
}

#[test]
fn tcp_vector_byte_exact() {
    let text = include_str!("../../../tests/data/zvt/08_tcp_registration_and_auth_jpy.tcp.txt");
    // The TCP file holds a registration then an authorisation: split at the second ECR command.
    let lines: Vec<&str> = text.lines().collect();
    let second = lines
        .iter()
        .position(|l| l.contains("ECR>PT 06 01"))
        .unwrap();
    let (reg, auth) = (lines[..second].join("\n"), lines[second..].join("\n"));
    let ev = replay(
        &reg,
        Command::Registration {
            password: 123456,
            config: 0xBA,
            currency: 392,
        },
        LinkMode::Tcp,
    );
    assert!(matches!(report(&ev).finish, Finish::Completed(Some(_))));
    // That ECR sent no empty TLV container; ours always does (as the serial vector shows).
    let auth = auth.replace(
        "06 01 0a 04 00 00 00 00 10 00 49 03 92 ;",
        "06 01 0c 04 00 00 00 00 10 00 49 03 92 06 00 ;",
    );
    let ev = replay(&auth, Command::authorisation_jpy(1000), LinkMode::Tcp);
    assert_eq!(report(&ev).decision, Some(CommitDecision::Accept));
}

#[test]
fn extended_print_block_and_status_enquiry_completion_from_feig() {
    let text = include_str!("../../../tests/data/zvt/09_real_feig_cvend_apdus.txt");
    let apdus: Vec<Vec<u8>> = text
        .lines()
        .filter_map(|l| l.strip_prefix("APDU"))
        .map(|h| unhex(h).unwrap())
        .collect();
    let block = apdus.iter().find(|a| a[..2] == [0x06, 0xD3]).unwrap();
    let (mut h, _) = Harness::start(Command::EndOfDay { password: 1 });
    h.pt(&[0x80, 0, 0]);
    let (out, ev) = h.pt(block);
    assert_eq!(out, ack_frame());
    let lines: Vec<&SessionEvent> = ev
        .iter()
        .filter(|e| matches!(e, SessionEvent::PrintLine(_)))
        .collect();
    assert_eq!(lines.len(), 33, "33 receipt lines in the Feig block");
    assert_eq!(
        lines[1],
        &SessionEvent::PrintLine("         ** Customer Receipt **".into())
    );
    let done = apdus.iter().find(|a| a[..3] == [0x06, 0x0F, 0x89]).unwrap();
    let (_, ev) = h.pt(done);
    let Finish::Completed(Some(c)) = &report(&ev).finish else {
        panic!("{ev:?}")
    };
    assert_eq!(
        c.sw_version.as_deref(),
        Some("GER-APP-v2.0.9;cS02.01.01-10.10-2-2;CC26")
    );
    assert_eq!(c.terminal_status, Some(0));
}

#[test]
fn feig_status_informations_parse() {
    let text = include_str!("../../../tests/data/zvt/09_real_feig_cvend_apdus.txt");
    for hexline in text.lines().filter_map(|l| l.strip_prefix("APDU")) {
        let bytes = unhex(hexline).unwrap();
        let a = Apdu::decode(&bytes).unwrap_or_else(|e| panic!("{hexline}: {e}"));
        if a.command() == (0x04, 0x0F) {
            let f = super::bmp::Fields::parse(&a.data).unwrap_or_else(|e| panic!("{hexline}: {e}"));
            assert_eq!(f.result_code, Some(0));
        }
    }
    let pre = text
        .lines()
        .find(|l| l.starts_with("APDU   04 0f 5a"))
        .unwrap();
    let a = Apdu::decode(&unhex(&pre[4..]).unwrap()).unwrap();
    let f = super::bmp::Fields::parse(&a.data).unwrap();
    assert_eq!(f.masked_pan.as_deref(), Some("************8074"));
    assert_eq!(
        (f.trace_no, f.receipt_no, f.auth_code.as_deref()),
        (Some(975), Some(231), Some("750071"))
    );
    assert_eq!(f.terminal_id.as_deref(), Some("52523535"));
    assert_eq!(f.card_name.as_deref(), Some("MasterCard"));
    assert_eq!(f.amount, Some(2500));
}

#[test]
fn feig_apdus_become_the_given_serial_frames() {
    let text = include_str!("../../../tests/data/zvt/09_real_feig_cvend_apdus.txt");
    let apdus = text.lines().filter_map(|l| l.strip_prefix("APDU"));
    let serials = text.lines().filter_map(|l| l.strip_prefix("SERIAL"));
    let mut n = 0;
    for (a, s) in apdus.zip(serials) {
        let apdu = unhex(a).unwrap();
        assert_eq!(
            encode_frame(&apdu),
            unhex(s).unwrap(),
            "frame of {}",
            &a[..20]
        );
        // And every one decodes as one APDU of the length it declares.
        Apdu::decode(&apdu).unwrap_or_else(|e| panic!("{a}: {e}"));
        n += 1;
    }
    assert_eq!(n, 16, "all Feig captures checked");
}

#[test]
fn eur_authorisation_vector_byte_exact() {
    let ev = replay(
        include_str!("../../../tests/data/zvt/05_auth_success_1000_eur_cents.serial.txt"),
        Command::Authorisation {
            amount: 1000,
            currency: 978,
        },
        LinkMode::Serial,
    );
    let r = report(&ev);
    assert_eq!(r.status.as_ref().unwrap().currency, Some(978));
    assert_eq!(r.lines[2], "AMOUNT      1000 EUR");
}
