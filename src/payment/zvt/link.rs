//! The link layer, sans-IO, for either end (PA00P016 §2-3): on a serial line every frame is
//! answered by ACK/NAK, repeated at most twice on NAK or silence (T2), and a frame whose bytes
//! stop for T1 is dropped and NAKed. Over TCP the same APDUs travel bare and nothing of this applies.

use super::apdu::{Apdu, ApduError, ApduStream};
use super::frame::{ACK, FrameDecoder, FrameEvent, NAK, encode_frame, hex};
use super::mask::masked_apdu;
use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// PA00P016 §3.3: T1, longest gap between two bytes of one frame.
pub const T1: Duration = Duration::from_millis(200);
/// T2: longest wait from a frame to its ACK/NAK.
pub const T2: Duration = Duration::from_secs(5);
/// A frame is sent at most 1 + 2 times (PA00P016 §3.2).
pub const MAX_REPEATS: u8 = 2;
/// Bytes outside any frame before the line counts as flooded.
pub const FLOOD_LIMIT: usize = 4096;
/// Consecutive broken frames before the line counts as garbage.
pub const BAD_FRAME_LIMIT: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkMode {
    /// RS-232: DLE framing, CRC, ACK/NAK.
    Serial,
    /// TCP: bare APDUs.
    Tcp,
}

#[derive(Debug, Clone)]
pub struct LinkConfig {
    pub mode: LinkMode,
    pub t1: Duration,
    pub t2: Duration,
    /// Test hook for the simulator: NAK this many good frames first.
    pub nak_first: u32,
}

impl LinkConfig {
    pub fn new(mode: LinkMode) -> Self {
        Self {
            mode,
            t1: T1,
            t2: T2,
            nak_first: 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("no ACK within T2 after {tries} tries")]
    NoAck { tries: u8 },
    #[error("frame refused (NAK) {tries} times")]
    Nak { tries: u8 },
    #[error("line flooded: {bytes} bytes without a valid frame")]
    Flood { bytes: usize },
    #[error("{frames} broken frames in a row (bad CRC or framing)")]
    Garbage { frames: usize },
    #[error("bad APDU in a good frame: {0}")]
    BadApdu(ApduError),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkEvent {
    /// An APDU from the other end (already ACKed on serial).
    Apdu(Apdu),
    /// Our oldest frame was ACKed (serial) or written (TCP).
    Delivered,
    /// Our pending frame got no ACK, but a good frame from the other end came, so it moved on:
    /// the frame is dropped, never repeated, and not proven delivered.
    Superseded,
    /// The link gave up; the caller decides what to do (the session fails its command).
    Failed(LinkError),
}

#[derive(Debug)]
struct Inflight {
    frame: Vec<u8>,
    tries: u8,
    deadline: Instant,
}

#[derive(Debug)]
pub struct Link {
    cfg: LinkConfig,
    decoder: FrameDecoder,
    stream: ApduStream,
    out: Vec<u8>,
    queue: VecDeque<Vec<u8>>,
    inflight: Option<Inflight>,
    last_rx: Option<Instant>,
    garbage_run: usize,
    bad_run: usize,
    nak_left: u32,
    /// Test hook for the simulator: good frames to ignore as if lost (no ACK, no event).
    drop_left: u32,
    events: VecDeque<LinkEvent>,
}

impl Link {
    pub fn new(cfg: LinkConfig) -> Self {
        let nak_left = cfg.nak_first;
        Self {
            cfg,
            decoder: FrameDecoder::new(),
            stream: ApduStream::new(),
            out: Vec::new(),
            queue: VecDeque::new(),
            inflight: None,
            last_rx: None,
            garbage_run: 0,
            bad_run: 0,
            nak_left,
            drop_left: 0,
            events: VecDeque::new(),
        }
    }

    pub fn mode(&self) -> LinkMode {
        self.cfg.mode
    }

    /// Forget everything in flight (a new connection).
    pub fn reset(&mut self) {
        *self = Link::new(LinkConfig {
            nak_first: self.nak_left,
            ..self.cfg.clone()
        });
    }

    /// Nothing waiting to be sent or acknowledged.
    pub fn is_idle(&self) -> bool {
        self.inflight.is_none() && self.queue.is_empty() && self.out.is_empty()
    }

    pub fn send(&mut self, apdu: &Apdu, now: Instant) -> Result<(), ApduError> {
        let bytes = apdu.encode()?;
        tracing::trace!(apdu = %hex(&masked_apdu(&bytes)), "zvt send");
        match self.cfg.mode {
            LinkMode::Tcp => {
                self.out.extend_from_slice(&bytes);
                self.events.push_back(LinkEvent::Delivered);
            }
            LinkMode::Serial => {
                self.queue.push_back(encode_frame(&bytes));
                self.start_next(now);
            }
        }
        Ok(())
    }

    fn start_next(&mut self, now: Instant) {
        if self.inflight.is_some() {
            return;
        }
        if let Some(frame) = self.queue.pop_front() {
            self.out.extend_from_slice(&frame);
            self.inflight = Some(Inflight {
                frame,
                tries: 1,
                deadline: now + self.cfg.t2,
            });
        }
    }

    fn repeat_or_fail(&mut self, now: Instant, nak: bool) {
        let Some(f) = self.inflight.as_mut() else {
            return;
        };
        if f.tries > MAX_REPEATS {
            let tries = f.tries;
            self.inflight = None;
            self.queue.clear();
            let err = if nak {
                LinkError::Nak { tries }
            } else {
                LinkError::NoAck { tries }
            };
            self.events.push_back(LinkEvent::Failed(err));
        } else {
            f.tries += 1;
            f.deadline = now + self.cfg.t2;
            tracing::debug!(try_no = f.tries, nak, "zvt repeating frame");
            self.out.extend_from_slice(&f.frame);
        }
    }

    /// Test hook for the simulator: ignore the next good frame entirely (serial only; over TCP
    /// nothing is acknowledged, so there is nothing to lose).
    pub fn drop_next_frame(&mut self) {
        if self.cfg.mode == LinkMode::Serial {
            self.drop_left += 1;
        }
    }

    pub fn handle_input(&mut self, bytes: &[u8], now: Instant) {
        if bytes.is_empty() {
            return;
        }
        // Raw bytes may hold card data: only masked APDUs are logged, once decoded.
        if self.cfg.mode == LinkMode::Tcp {
            self.stream.push(bytes);
            while let Some(apdu) = self.stream.next_apdu() {
                if let Ok(raw) = apdu.encode() {
                    tracing::trace!(apdu = %hex(&masked_apdu(&raw)), "zvt recv");
                }
                self.events.push_back(LinkEvent::Apdu(apdu));
            }
            if self.stream.pending() > super::frame::MAX_APDU {
                self.events.push_back(LinkEvent::Failed(LinkError::Flood {
                    bytes: self.stream.pending(),
                }));
                self.stream = ApduStream::new();
            }
            return;
        }
        self.check_t1(now);
        self.last_rx = Some(now);
        for &b in bytes {
            let Some(ev) = self.decoder.push(b) else {
                continue;
            };
            match ev {
                FrameEvent::Ack => {
                    if self.inflight.take().is_some() {
                        self.events.push_back(LinkEvent::Delivered);
                        self.start_next(now);
                    }
                }
                FrameEvent::Nak => self.repeat_or_fail(now, true),
                FrameEvent::Frame(apdu) => {
                    tracing::trace!(apdu = %hex(&masked_apdu(&apdu)), "zvt recv");
                    self.garbage_run = 0;
                    self.bad_run = 0;
                    if self.drop_left > 0 {
                        self.drop_left -= 1;
                        tracing::debug!("zvt good frame ignored (simulated loss)");
                        continue;
                    }
                    if self.nak_left > 0 {
                        self.nak_left -= 1;
                        self.out.push(NAK);
                        continue;
                    }
                    self.out.push(ACK);
                    if self.inflight.take().is_some() {
                        // The other end has moved on, so it has our frame: never repeat it after
                        // T2, where it would answer whatever comes next. It is not `Delivered`:
                        // only its own ACK proves that (the commit decision relies on it).
                        tracing::debug!(
                            "zvt pending frame superseded by a frame from the other end"
                        );
                        self.events.push_back(LinkEvent::Superseded);
                        self.start_next(now);
                    }
                    self.events.push_back(match Apdu::decode(&apdu) {
                        Ok(a) => LinkEvent::Apdu(a),
                        Err(e) => LinkEvent::Failed(LinkError::BadApdu(e)),
                    });
                }
                FrameEvent::BadFrame(why) => {
                    tracing::debug!(why, "zvt NAK for a broken frame");
                    self.out.push(NAK);
                    self.bad_run += 1;
                    if self.bad_run >= BAD_FRAME_LIMIT {
                        self.events.push_back(LinkEvent::Failed(LinkError::Garbage {
                            frames: self.bad_run,
                        }));
                        self.bad_run = 0;
                    }
                }
                FrameEvent::Garbage(_) => {
                    self.garbage_run += 1;
                    if self.garbage_run >= FLOOD_LIMIT {
                        self.events.push_back(LinkEvent::Failed(LinkError::Flood {
                            bytes: self.garbage_run,
                        }));
                        self.garbage_run = 0;
                    }
                }
            }
        }
    }

    fn check_t1(&mut self, now: Instant) {
        if let Some(last) = self.last_rx
            && self.decoder.in_frame()
            && now.saturating_duration_since(last) >= self.cfg.t1
        {
            tracing::debug!("zvt T1 expired inside a frame; NAK");
            self.decoder.reset();
            self.out.push(NAK);
        }
    }

    pub fn handle_timeout(&mut self, now: Instant) {
        if self.cfg.mode == LinkMode::Serial {
            self.check_t1(now);
        }
        if self.inflight.as_ref().is_some_and(|f| now >= f.deadline) {
            self.repeat_or_fail(now, false);
        }
    }

    pub fn poll_timeout(&self) -> Option<Instant> {
        let t1 = self
            .last_rx
            .filter(|_| self.decoder.in_frame())
            .map(|t| t + self.cfg.t1);
        let t2 = self.inflight.as_ref().map(|f| f.deadline);
        [t1, t2].into_iter().flatten().min()
    }

    /// Bytes to write now, if any.
    pub fn poll_transmit(&mut self) -> Option<Vec<u8>> {
        (!self.out.is_empty()).then(|| std::mem::take(&mut self.out))
    }

    pub fn poll_event(&mut self) -> Option<LinkEvent> {
        self.events.pop_front()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serial() -> (Link, Instant) {
        (Link::new(LinkConfig::new(LinkMode::Serial)), Instant::now())
    }

    #[test]
    fn a_good_frame_from_the_other_end_stops_the_repeat_of_our_pending_frame() {
        let (mut l, t) = serial();
        l.send(&Apdu::ack(), t).unwrap();
        l.poll_transmit().unwrap();
        // The terminal's next command (06 D1 print line) arrives, our 80 00 00 never ACKed.
        l.handle_input(&encode_frame(&[0x06, 0xD1, 0x01, 0x80]), t);
        assert_eq!(
            l.poll_transmit(),
            Some(vec![ACK]),
            "only the ACK of its frame"
        );
        l.handle_timeout(t + T2 * 3);
        assert_eq!(l.poll_transmit(), None, "our old frame is never repeated");
        let events: Vec<_> = std::iter::from_fn(|| l.poll_event()).collect();
        assert!(
            matches!(&events[..], [LinkEvent::Superseded, LinkEvent::Apdu(_)]),
            "Superseded, not Delivered (no ACK of ours came) nor Failed: {events:?}"
        );
        assert!(l.is_idle());
    }

    #[test]
    fn nak_repeats_twice_then_fails() {
        let (mut l, t) = serial();
        l.send(&Apdu::ack(), t).unwrap();
        let frame = l.poll_transmit().unwrap();
        for _ in 0..2 {
            l.handle_input(&[NAK], t);
            assert_eq!(
                l.poll_transmit().unwrap(),
                frame,
                "the same frame is repeated"
            );
        }
        l.handle_input(&[NAK], t);
        assert_eq!(l.poll_transmit(), None, "no fourth try");
        assert_eq!(
            l.poll_event(),
            Some(LinkEvent::Failed(LinkError::Nak { tries: 3 }))
        );
    }

    #[test]
    fn silence_repeats_on_t2_then_fails() {
        let (mut l, t) = serial();
        l.send(&Apdu::ack(), t).unwrap();
        l.poll_transmit().unwrap();
        assert_eq!(l.poll_timeout(), Some(t + T2));
        l.handle_timeout(t + T2);
        assert!(l.poll_transmit().is_some());
        l.handle_timeout(t + T2 * 2);
        assert!(l.poll_transmit().is_some());
        l.handle_timeout(t + T2 * 3);
        assert_eq!(
            l.poll_event(),
            Some(LinkEvent::Failed(LinkError::NoAck { tries: 3 }))
        );
    }

    #[test]
    fn ack_then_next_queued_frame_goes() {
        let (mut l, t) = serial();
        l.send(&Apdu::ack(), t).unwrap();
        l.send(&Apdu::nak(0x9C), t).unwrap();
        assert_eq!(l.poll_transmit().unwrap(), encode_frame(&[0x80, 0, 0]));
        l.handle_input(&[ACK], t);
        assert_eq!(l.poll_event(), Some(LinkEvent::Delivered));
        assert_eq!(l.poll_transmit().unwrap(), encode_frame(&[0x84, 0x9C, 0]));
    }

    #[test]
    fn t1_gap_inside_frame_drops_it_with_nak() {
        let (mut l, t) = serial();
        l.handle_input(&[0x10, 0x02, 0x80], t);
        assert_eq!(l.poll_timeout(), Some(t + T1));
        l.handle_timeout(t + T1 + Duration::from_millis(1));
        assert_eq!(l.poll_transmit(), Some(vec![NAK]));
        // The rest of the old frame is now garbage; a whole new frame is accepted.
        l.handle_input(&encode_frame(&[0x80, 0, 0]), t + T1 * 2);
        assert_eq!(l.poll_transmit(), Some(vec![ACK]));
        assert_eq!(l.poll_event(), Some(LinkEvent::Apdu(Apdu::ack())));
    }

    #[test]
    fn flood_is_reported() {
        let (mut l, t) = serial();
        l.handle_input(&vec![0xAA; FLOOD_LIMIT], t);
        assert_eq!(
            l.poll_event(),
            Some(LinkEvent::Failed(LinkError::Flood { bytes: FLOOD_LIMIT }))
        );
    }

    #[test]
    fn tcp_is_bare() {
        let mut l = Link::new(LinkConfig::new(LinkMode::Tcp));
        let t = Instant::now();
        l.send(&Apdu::ack(), t).unwrap();
        assert_eq!(l.poll_transmit(), Some(vec![0x80, 0, 0]));
        l.handle_input(&[0x04, 0xFF, 0x01, 0x0A], t);
        assert_eq!(l.poll_event(), Some(LinkEvent::Delivered));
        assert_eq!(
            l.poll_event(),
            Some(LinkEvent::Apdu(Apdu::new(0x04, 0xFF, vec![0x0A])))
        );
    }
}
