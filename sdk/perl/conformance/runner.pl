#!/usr/bin/perl
# Keyspace's conformance runner for the Perl SDK (tests/conformance/README.md):
#   perl -Iblib/lib -Iblib/arch conformance/runner.pl --address HOST:PORT --scenarios FILE
# Calls go through Keyspace::Client (call_json, its streams), so errors arrive
# as Keyspace::Error. Messages are compared, not texts: both sides are put in
# the canonical proto3 JSON of their type by libkeyspace's codec first.
use v5.36;
use Getopt::Long qw(GetOptions);
use JSON::PP ();
use Time::HiRes ();
use Keyspace::Client;

my $EVENT_TIMEOUT_MS = 5000;
my $json = JSON::PP->new->canonical->allow_nonref;

my ($address, $scenarios);
GetOptions('address=s' => \$address, 'scenarios=s' => \$scenarios)
    && $address && $scenarios
    or die "usage: runner.pl --address HOST:PORT --scenarios FILE\n";

# The canonical JSON of a method's request or response given as data.
sub canonical ($method, $which, $data) {
    my @answer = Keyspace::Native::canonical_json($method, $which, $json->encode($data));
    die "expected $method $which does not parse: $answer[2]\n" if !defined $answer[0];
    return $answer[0];
}

sub unary ($client, $step) {
    my $got = eval { $client->call_json($step->{call}, $json->encode($step->{request} // {})) };
    my $error = $@;
    if (my $want = $step->{error}) {
        return "$step->{call}: succeeded, expected $want->{code}" if !$error;
        die $error if !ref $error;
        my %got = (code => $error->code_name, reason => $error->prefix // '', message => $error->message);
        for my $key (qw(code reason message)) {
            next if !defined $want->{$key};
            return "$step->{call}: $key '$got{$key}', expected '$want->{$key}'"
                if $got{$key} ne $want->{$key};
        }
        return undef;
    }
    return "$step->{call}: failed: $error" if $error;
    my $have = canonical($step->{call}, 'output', $json->decode($got));
    my $want = canonical($step->{call}, 'output', $step->{response} // {});
    return $have eq $want ? undef : "$step->{call}: got $have, expected $want";
}

sub pipeline ($client, $step) {
    my $stream = $client->stream('Pipeline');
    $stream->send_json($json->encode({ commands => $step->{pipeline} }));
    $stream->close_send;
    my $got = $stream->recv_json(-1);
    $stream->close;
    return 'Pipeline: no response' if !defined $got;
    my $have = canonical('Pipeline', 'output', $json->decode($got));
    my $want = canonical('Pipeline', 'output', { replies => $step->{replies} });
    return $have eq $want ? undef : "Pipeline: got $have, expected $want";
}

# Reads events (heartbeats skipped, run-dependent fields cleared) until
# $done->() or a 5 s silence.
sub read_events ($stream, $events, $done) {
    until ($done->()) {
        my $response = $stream->recv($EVENT_TIMEOUT_MS) // return;
        for my $event (($response->{events} // [])->@*) {
            next if exists $event->{heartbeat};
            for my $body (values %$event) {
                delete @$body{qw(runId sequence)} if ref $body eq 'HASH';
            }
            push @$events, $event;
        }
    }
}

sub subscription ($client, $step) {
    my $stream = $client->stream('Subscribe');
    $stream->send_json($json->encode($step->{subscribe}));
    my @events;
    my $channels = scalar @{ $step->{subscribe}{channels} // [] };
    my $wanted = scalar @{ $step->{events} };
    read_events($stream, \@events,
        sub { (grep { exists $_->{change} } @events) >= $channels || @events > $wanted });
    $client->call_json('Publish', $json->encode($_)) for @{ $step->{publish} // [] };
    read_events($stream, \@events, sub { @events >= $wanted });
    $stream->close;
    my $have = canonical('Subscribe', 'output', { events => \@events });
    my $want = canonical('Subscribe', 'output', { events => $step->{events} });
    return $have eq $want ? undef : "Subscribe: got $have, expected $want";
}

sub scenario ($client, $scenario) {
    $client->call_json('FlushAll', '{}');
    for my $step (@{ $scenario->{steps} }) {
        my $mismatch =
              exists $step->{call}      ? unary($client, $step)
            : exists $step->{pipeline}  ? pipeline($client, $step)
            : exists $step->{subscribe} ? subscription($client, $step)
            :                             'unknown step ' . $json->encode($step);
        return $mismatch if defined $mismatch;
    }
    return undef;
}

open my $file, '<:raw', $scenarios or die "$scenarios: $!\n";
my $suite = $json->decode(do { local $/; <$file> });
my $client = Keyspace::Client->new($address, timeout => 10);
$| = 1;
for my $scenario (@{ $suite->{scenarios} }) {
    my $detail = eval { scenario($client, $scenario) };
    $detail = "died: $@" if !defined $detail && $@;
    print $json->encode({ scenario => $scenario->{name}, passed => defined $detail ? JSON::PP::false : JSON::PP::true,
        detail => $detail // '' }), "\n";
}
