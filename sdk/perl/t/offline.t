# The Perl layer without a server: the generated tables cover the schema, and
# requests and replies convert between Perl values and proto3 JSON.
use v5.36;
use Test::More;
use Keyspace::Client;
use Keyspace::Gen::RPCs;

my %methods = %Keyspace::Gen::RPCs::METHODS;
ok exists $methods{Get} && exists $methods{ZRangeByScore} && exists $methods{Subscribe},
    'the generated table lists the RPCs';
for my $rpc (sort keys %methods) {
    my $m = $methods{$rpc};
    next if $m->{client_streaming} || $m->{server_streaming};
    ok(Keyspace::Client->can($m->{perl}), "Keyspace::Client has $m->{perl} for $rpc");
}
ok !Keyspace::Client->can('pipeline_'), 'no stray methods';
ok(Keyspace::Pipeline->can($_), "Keyspace::Pipeline has $_") for @Keyspace::Gen::RPCs::COMMANDS;

is_deeply Keyspace::Codec::request('SetRequest', "k\0", "\xff", { condition => 'nx', get => 1, ex => 10 }),
    { key => 'awA=', value => '/w==', condition => 'SET_CONDITION_NX', get => JSON::PP::true, ex => '10' },
    'positional arguments, options, bytes, enums by short name, 64-bit integers as strings';
is_deeply Keyspace::Codec::request('MGetRequest', ['a', 'b']), { keys => ['YQ==', 'Yg=='] },
    'a repeated bytes field';
is_deeply Keyspace::Codec::request('ZAddRequest', 'z', [{ score => 1.5, member => 'm' }]),
    { key => 'eg==', members => [{ score => 1.5, member => 'bQ==' }] }, 'repeated messages';
ok !eval { Keyspace::Codec::request('GetRequest', 'k', { nope => 1 }); 1 }, 'an unknown option dies';
like $@, qr/GetRequest has no field nope/, '... saying which';
ok !eval { Keyspace::Codec::request('SetRequest', 'k', 'v', { condition => 'MAYBE' }); 1 },
    'an unknown enum value dies';
ok !eval { Keyspace::Codec::request('GetRequest', 'a', 'b'); 1 }, 'too many arguments die';

is Keyspace::Codec::result('GetResponse', {}), undef, 'an unset optional value is undef (nil)';
is Keyspace::Codec::result('GetResponse', { value => '' }), '', 'an empty value is the empty string';
is Keyspace::Codec::result('StrLenResponse', {}), 0, 'an unset integer is 0';
is Keyspace::Codec::result('IncrResponse', { value => '-9223372036854775808' }), -9223372036854775808,
    'a 64-bit integer arrives as a Perl number';

my $error = Keyspace::Error->new(code => 9, prefix => 'WRONGTYPE', message => 'WRONGTYPE Operation');
is "$error", 'WRONGTYPE Operation', 'an error stringifies to its message';
is $error->code_name, 'FAILED_PRECONDITION', 'its code by name';

done_testing;
