//! Property tests of the ZVT decoders: arbitrary bytes never panic, and encodings round-trip.

use proptest::prelude::*;
use simkiosk::payment::CommitDecision;
use simkiosk::payment::zvt::apdu::{Apdu, ApduStream};
use simkiosk::payment::zvt::bmp::{Fields, parse_bmps, parse_tlv};
use simkiosk::payment::zvt::command::Command;
use simkiosk::payment::zvt::frame::{FrameDecoder, FrameEvent, encode_frame};
use simkiosk::payment::zvt::link::{LinkConfig, LinkMode};
use simkiosk::payment::zvt::session::{Completion, Session, SessionConfig, SessionEvent};
use std::time::{Duration, Instant};

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn field_parsers_never_panic(data in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = parse_bmps(&data);
        let _ = Fields::parse(&data);
        let _ = parse_tlv(&data);
        let _ = Completion::parse(&data);
        let _ = Apdu::decode(&data);
    }

    #[test]
    fn frame_decoder_and_apdu_stream_never_panic(data in proptest::collection::vec(any::<u8>(), 0..600)) {
        let mut d = FrameDecoder::new();
        for b in &data {
            let _ = d.push(*b);
        }
        let mut s = ApduStream::new();
        s.push(&data);
        while s.next_apdu().is_some() {}
    }

    #[test]
    fn frames_round_trip(class in any::<u8>(), instr in any::<u8>(), data in proptest::collection::vec(any::<u8>(), 0..600)) {
        let apdu = Apdu::new(class, instr, data);
        let bytes = apdu.encode().unwrap();
        prop_assert_eq!(Apdu::decode(&bytes).unwrap(), apdu.clone());
        let mut d = FrameDecoder::new();
        let events: Vec<FrameEvent> = encode_frame(&bytes).iter().filter_map(|b| d.push(*b)).collect();
        prop_assert_eq!(events, vec![FrameEvent::Frame(bytes)]);
    }

    #[test]
    fn session_survives_any_terminal_bytes(
        chunks in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..80), 0..20),
        tcp in any::<bool>(),
        accept in any::<bool>(),
    ) {
        let mode = if tcp { LinkMode::Tcp } else { LinkMode::Serial };
        let mut s = Session::new(SessionConfig::new(LinkConfig::new(mode)));
        let mut t = Instant::now();
        s.start(Command::authorisation_jpy(1000), t).unwrap();
        for c in &chunks {
            t += Duration::from_millis(50);
            s.handle_input(c, t);
            s.handle_timeout(t);
            while s.poll_transmit().is_some() {}
            while let Some(ev) = s.poll_event() {
                if matches!(ev, SessionEvent::CommitRequired(_)) {
                    let d = if accept { CommitDecision::Accept } else { CommitDecision::Refuse };
                    let _queued = s.decide(d, t);
                }
            }
        }
        // Whatever came, the session ends by its deadlines.
        for _ in 0..10 {
            match s.poll_timeout() {
                Some(d) => { t = t.max(d); s.handle_timeout(t); }
                None => break,
            }
            while s.poll_transmit().is_some() {}
            while let Some(ev) = s.poll_event() {
                if matches!(ev, SessionEvent::CommitRequired(_)) {
                    let _queued = s.decide(CommitDecision::Refuse, t);
                }
            }
        }
        prop_assert!(s.is_idle() || s.poll_timeout().is_none(), "session stuck with a deadline");
    }
}
