#!/usr/bin/env python3
"""Where a JFR recording's CPU samples go, by method: the shares a profile of bench/lint is read from.

  java -XX:ActiveProcessorCount=1 -XX:StartFlightRecording=filename=/tmp/r.jfr,settings=profile -cp JAR CLASS
  tools/jfr-frames.py /tmp/r.jfr                                   # self and inclusive shares, every sample
  tools/jfr-frames.py /tmp/r.jfr --within 'LintBench.lambda$main$0,Workload.rate'   # the files' timed turns only
  tools/jfr-frames.py /tmp/r.jfr --owner dev.hindsight             # each sample on its deepest project method
  tools/jfr-frames.py /tmp/r.jfr --callees assemble.Assembler.read # the methods it calls, inclusive
  tools/jfr-frames.py /tmp/r.jfr --owner dev.hindsight --leaf String.equals   # who spends it in String.equals

It runs `jfr print --stack-depth 300`: without --stack-depth, jfr prints 5 frames of each stack, so an inclusive
share is only right for the top few frames and samples cannot be told apart by workload. That is how session 20
read "the blame check about half" off bench/lint, whose stored records (almost all blame check) are sampled beside
its Markdown files; the files alone are about 70% import (docs/lint.md, "Speed", session 21). With
-XX:FlightRecorderOptions:stackdepth=256 the JVM keeps deeper stacks than its default 64.
"""
import argparse
import collections
import re
import subprocess


def samples(recording):
    """Each execution sample's frames, innermost first, as "package.Class.method"."""
    text = subprocess.run(["jfr", "print", "--stack-depth", "300", "--events", "jdk.ExecutionSample", recording],
                          check=True, capture_output=True, text=True).stdout
    for event in text.split("jdk.ExecutionSample")[1:]:
        at = event.find("stackTrace = [")
        frames = []
        for line in event[at:].splitlines()[1:]:
            line = line.strip()
            if not line or line.startswith("]"):
                break
            if line != "...":
                frames.append(re.sub(r"\(.*$", "", line))
        if frames:
            yield frames


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("recording")
    parser.add_argument("--within", help="only samples with a frame containing each of these (comma-separated)")
    parser.add_argument("--owner", help="put each sample on its deepest frame starting with this prefix")
    parser.add_argument("--callees", help="the direct callees of the method ending with this name, inclusive")
    parser.add_argument("--leaf", help="with --owner: only samples whose innermost frame ends with this name")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    wanted = args.within.split(",") if args.within else []
    own, inclusive, owner, callees = (collections.Counter() for _ in range(4))
    n = 0
    for frames in samples(args.recording):
        if not all(any(w in f for f in frames) for w in wanted):
            continue
        if args.leaf and not frames[0].endswith(args.leaf):
            continue
        n += 1
        own[frames[0]] += 1
        inclusive.update(set(frames))
        if args.owner:
            owner[next((f for f in frames if f.startswith(args.owner)), frames[0])] += 1
        if args.callees:
            at = [i for i, f in enumerate(frames) if f.endswith(args.callees)]
            if at:
                callees[frames[at[-1] - 1] if at[-1] > 0 else "(self)"] += 1
    print(f"{n} samples")
    shown = ([("by owner", owner)] if args.owner else []) + ([("callees", callees)] if args.callees else []) \
        or [("self", own), ("inclusive", inclusive)]
    for title, counts in shown:
        print(f"--- {title}")
        for name, count in counts.most_common(args.top):
            print(f"{100 * count / max(n, 1):5.1f}% {name}")


if __name__ == "__main__":
    main()
