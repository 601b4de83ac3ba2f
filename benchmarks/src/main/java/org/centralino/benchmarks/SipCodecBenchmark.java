package org.centralino.benchmarks;

import java.util.concurrent.TimeUnit;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.SipMessage;
import org.centralino.sip.message.SipParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing and serialising typical SIP messages ({@link SipSamples}). The "registrar" variant parses a REGISTER
 * and reads what a registrar reads: top Via, CSeq, From, To, every Contact and the Authorization header.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar SipCodec -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class SipCodecBenchmark {
    private SipMessage register;
    private SipMessage invite;

    @Setup
    public void parseOnce() {
        register = SipParser.parse(SipSamples.REGISTER);
        invite = SipParser.parse(SipSamples.INVITE);
        if (register.contacts().size() != 1 || invite.body().length != 302) {
            throw new IllegalStateException("benchmark samples do not parse as expected");
        }
    }

    @Benchmark
    public SipMessage parseRegister() {
        return SipParser.parse(SipSamples.REGISTER);
    }

    @Benchmark
    public SipMessage parseInvite() {
        return SipParser.parse(SipSamples.INVITE);
    }

    @Benchmark
    public void parseRegisterAsRegistrar(Blackhole bh) {
        SipMessage m = SipParser.parse(SipSamples.REGISTER);
        bh.consume(m.topVia().branch());
        bh.consume(m.cseq().seq());
        bh.consume(m.from().tag());
        bh.consume(m.to().uri());
        bh.consume(m.contacts());
        bh.consume(m.callId());
        bh.consume(m.headers().firstOrNull(HeaderNames.AUTHORIZATION));
    }

    @Benchmark
    public void parseInviteAsB2bua(Blackhole bh) {
        SipMessage m = SipParser.parse(SipSamples.INVITE);
        bh.consume(m.topVia().branch());
        bh.consume(m.cseq().seq());
        bh.consume(m.from().tag());
        bh.consume(m.to().uri());
        bh.consume(m.contacts());
        bh.consume(m.body());
    }

    @Benchmark
    public byte[] encodeRegister() {
        return register.encode();
    }

    @Benchmark
    public byte[] encodeInvite() {
        return invite.encode();
    }
}
