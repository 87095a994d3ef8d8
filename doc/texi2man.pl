#!/usr/bin/perl
# texi2man.pl - make the man page asmclobber.7 from asmclobber.texi.
#
# Usage: perl texi2man.pl [-I DIR]... FILE.texi >FILE.7
#
# Only the parts of FILE.texi between
#     @c man begin SECTION
# and
#     @c man end
# go into the man page, under the heading SECTION (upper case by
# convention; several blocks with the same SECTION are joined in order).
# NAME and SYNOPSIS come first, SEE ALSO last, the other sections in the
# order they first appear.  A block inside @ignore is still used: that is
# how text meant only for the man page (NAME, SEE ALSO) is written.
#
# The .TH line takes the version and date from @value{VERSION} and
# @value{UPDATED} (automake's version.texi, read through @include).
#
# Within the blocks only the Texinfo this manual uses is understood; any
# other command is an error, so that an edit of the .texi never yields a
# silently broken man page.  Plain perl 5, no modules beyond strict and
# warnings (both in perl-base).

use strict;
use warnings;

my @include_dirs;
my $input;
while (@ARGV) {
    my $arg = shift @ARGV;
    if ($arg eq '-I') {
        @ARGV or usage();
        push @include_dirs, shift @ARGV;
    } elsif ($arg =~ /^-I(.+)$/) {
        push @include_dirs, $1;
    } elsif ($arg =~ /^-/ || defined $input) {
        usage();
    } else {
        $input = $arg;
    }
}
usage() unless defined $input;

sub usage {
    print STDERR "usage: texi2man.pl [-I DIR]... FILE.texi >FILE.7\n";
    exit 2;
}

(my $input_dir = $input) =~ s{[^/]*$}{};
$input_dir = '.' if $input_dir eq '';
unshift @include_dirs, $input_dir;

# Where we are, for error messages.
my ($cur_file, $cur_line) = ('', 0);

sub fail {
    my ($msg) = @_;
    print STDERR "$cur_file:$cur_line: texi2man: $msg\n";
    exit 1;
}

# ---- Input: the lines of the file, @include resolved --------------------

# Each element: [file, line number, text without the newline].
my @lines;

sub read_file {
    my ($file) = @_;
    open my $fh, '<', $file or die "texi2man: cannot open $file: $!\n";
    my $n = 0;
    while (my $text = <$fh>) {
        $n++;
        $text =~ s/\r?\n\z//;
        if ($text =~ /^\@include\s+(\S+)\s*$/) {
            my $name = $1;
            my ($found) = grep { -f $_ } map { "$_/$name" } @include_dirs;
            ($cur_file, $cur_line) = ($file, $n);
            fail("\@include file $name not found") unless defined $found;
            read_file($found);
            next;
        }
        push @lines, [$file, $n, $text];
    }
    close $fh;
}
read_file($input);

# ---- State ---------------------------------------------------------------

my %values;                 # @set NAME VALUE
my %sections;               # SECTION => roff text
my @section_order;          # in order of first appearance
my $section;                # the man section being written, or undef

# Per block of output (reset at every section or heading):
my @para;                   # pending paragraph text lines
my @lists;                  # open @table/@itemize/@enumerate
my $after_heading = 1;      # nothing but a heading since the last .SH/.SS
my $item_start = 0;         # just after an @item: no paragraph macro
my $heading_rs = 0;         # an @subsubheading opened an .RS
my $quotation_rs = 0;       # open @quotation/@indentedblock levels

sub emit {
    my ($text) = @_;
    fail("text outside a man section") unless defined $section;
    $sections{$section} .= $text;
}

# ---- Inline Texinfo to roff -------------------------------------------------

my @font = ('R');           # font stack for \f escapes
my $code_depth = 0;         # inside @code & co: '-' is a minus sign

# Returns the roff text of the Texinfo text S.
sub inline {
    my ($s) = @_;
    my $out = '';
    while (length $s) {
        if ($s =~ s/^\@([\@\{\}])//) {
            $out .= $1;
        } elsif ($s =~ s/^\@\*//) {
            $out .= "\n.br\n";
        } elsif ($s =~ s/^\@[-\/]//) {
            # hyphenation hints: nothing
        } elsif ($s =~ s/^\@://) {
            $out .= '\\&';    # no end-of-sentence space
        } elsif ($s =~ s/^\@([.?! \t\n])//) {
            $out .= $1 eq "\t" ? ' ' : $1;
        } elsif ($s =~ s/^\@([A-Za-z]+)//) {
            my $cmd = $1;
            my $arg;
            if ($s =~ /^\{/) {
                ($arg, $s) = braced($s);
            }
            $out .= command($cmd, $arg);
        } elsif ($s =~ s/^\@(.)//s) {
            fail("unsupported \@$1");
        } elsif ($s =~ s/^\\//) {
            $out .= '\e';
        } elsif (!$code_depth && $s =~ s/^---//) {
            $out .= '\(em';
        } elsif (!$code_depth && $s =~ s/^--//) {
            $out .= '\(en';
        } elsif ($s =~ s/^-//) {
            $out .= $code_depth ? '\-' : '-';
        } elsif ($s =~ s/^([^\@\\-]+)//) {
            $out .= $1;
        } else {
            $out .= substr($s, 0, 1, '');
        }
    }
    return $out;
}

# Splits S, which starts with '{', into the text inside the matching
# brace and the rest.
sub braced {
    my ($s) = @_;
    my $depth = 0;
    for (my $i = 0; $i < length $s; $i++) {
        my $c = substr($s, $i, 1);
        if ($c eq '@') {
            $i++;
        } elsif ($c eq '{') {
            $depth++;
        } elsif ($c eq '}') {
            $depth--;
            return (substr($s, 1, $i - 1), substr($s, $i + 1)) if $depth == 0;
        }
    }
    fail("unbalanced braces in: $s");
}

# Returns TEXT in font F (B or I), restoring the font around it.
sub in_font {
    my ($f, $text, $code) = @_;
    push @font, $f;
    $code_depth++ if $code;
    my $body = inline($text);
    $code_depth-- if $code;
    pop @font;
    return "\\f$f$body\\f$font[-1]";
}

# Splits the arguments of a command at top-level commas.
sub args {
    my ($s) = @_;
    my @a = ('');
    my $depth = 0;
    for (my $i = 0; $i < length $s; $i++) {
        my $c = substr($s, $i, 1);
        if ($c eq '@') {
            $a[-1] .= substr($s, $i, 2);
            $i++;
            next;
        }
        $depth++ if $c eq '{';
        $depth-- if $c eq '}';
        if ($c eq ',' && $depth == 0) {
            push @a, '';
        } else {
            $a[-1] .= $c;
        }
    }
    s/^\s+|\s+$//g for @a;
    return @a;
}

my %code_cmds = map { $_ => 1 } qw(code samp option command env kbd t key);
my %italic_cmds = map { $_ => 1 } qw(var file emph cite dfn i slanted);
my %simple = (
    dots => '...', enddots => '....', comma => ',', tie => '\ ',
    TeX => 'TeX', LaTeX => 'LaTeX', result => '=>', expansion => '==>',
    equiv => '==', error => 'error', bullet => '\(bu', minus => '\-',
    copyright => '(C)', atchar => '@', lbracechar => '{',
    rbracechar => '}', backslashchar => '\e', hashchar => '#',
);

# Returns the roff text of @CMD{ARG} (ARG undef when there were no braces).
sub command {
    my ($cmd, $arg) = @_;
    if (exists $simple{$cmd}) {
        fail("\@$cmd needs {}") unless defined $arg;
        return $simple{$cmd};
    }
    fail("\@$cmd needs an argument in braces") unless defined $arg;
    if ($code_cmds{$cmd}) {
        return in_font('B', $arg, 1);
    } elsif ($italic_cmds{$cmd}) {
        return in_font('I', $arg, $cmd eq 'var' || $cmd eq 'file');
    } elsif ($cmd eq 'strong' || $cmd eq 'b') {
        return in_font('B', $arg, 0);
    } elsif ($cmd eq 'asis') {
        return inline($arg);
    } elsif ($cmd eq 'r') {
        return in_font('R', $arg, 0);
    } elsif ($cmd eq 'w') {
        (my $t = inline($arg)) =~ s/ /\\ /g;
        return $t;
    } elsif ($cmd eq 'acronym' || $cmd eq 'abbr') {
        return inline((args($arg))[0]);
    } elsif ($cmd eq 'sc') {
        return uc inline($arg);
    } elsif ($cmd eq 'value') {
        fail("\@value{$arg} is not set") unless exists $values{$arg};
        return inline($values{$arg});
    } elsif ($cmd eq 'url' || $cmd eq 'uref') {
        my ($url, $text) = args($arg);
        my $u = in_font('I', $url, 1);
        return defined $text && length $text ? inline($text) . " <$u>" : "<$u>";
    } elsif ($cmd eq 'email') {
        my ($addr, $text) = args($arg);
        my $a = inline($addr);
        return defined $text && length $text ? inline($text) . " <$a>" : "<$a>";
    } elsif ($cmd eq 'xref' || $cmd eq 'pxref' || $cmd eq 'ref') {
        my ($node, $name, $title, $file) = args($arg);
        my $what = in_font('I', (defined $title && length $title) ? $title : $node, 0);
        $what .= ' in ' . in_font('B', "info $file", 1)
            if defined $file && length $file;
        return "See $what" if $cmd eq 'xref';
        return "see $what" if $cmd eq 'pxref';
        return $what;
    }
    fail("unsupported \@$cmd");
}

# ---- Block structure ----------------------------------------------------------

# Adds roff text that starts on a line of its own, escaping line starts
# that roff would read as requests.
sub emit_text {
    my ($text) = @_;
    for my $l (split /\n/, $text) {
        if ($l =~ /^\.(br|sp)$/) {
            emit("$l\n");
            next;
        }
        $l =~ s/^\s+//;
        next if $l eq '';
        $l = "\\&$l" if $l =~ /^['.]/;
        emit("$l\n");
    }
}

# Writes out the pending paragraph.
sub flush_para {
    return unless @para;
    my $text = inline(join("\n", @para));
    @para = ();
    if ($item_start || $after_heading) {
        # the text follows an item's tag, a heading or a .RS
    } elsif (@lists) {
        emit(".IP\n");
    } else {
        emit(".PP\n");
    }
    $item_start = $after_heading = 0;
    emit_text($text);
}

# Closes what a heading ends: an @subsubheading's .RS.
sub close_heading_rs {
    if ($heading_rs) {
        emit(".RE\n");
        $heading_rs = 0;
    }
}

# Starts a .SS subsection titled TEXT.
sub subsection {
    my ($text) = @_;
    flush_para();
    fail("heading inside a list") if @lists;
    close_heading_rs();
    (my $t = inline($text)) =~ s/"/\\(dq/g;
    emit(".SS \"$t\"\n");
    $after_heading = 1;
}

# The four headings of a class node and the like: a bold line, then the
# text indented under it.
sub subsubheading {
    my ($text) = @_;
    flush_para();
    fail("heading inside a list") if @lists;
    close_heading_rs();
    emit($after_heading ? '' : ".PP\n");
    emit_text(in_font('B', $text, 0));
    emit(".RS 4\n");
    $heading_rs = 1;
    $after_heading = 1;
}

# Reads an @example-like block from line index I up to @end NAME; returns
# the index of the @end line.
sub example {
    my ($i, $name) = @_;
    flush_para();
    if (@lists) {
        emit(".IP\n") unless $item_start;
    } else {
        emit($after_heading ? '' : ".PP\n");
        emit(".RS 4\n");
    }
    emit(".nf\n");
    for ($i++; $i < @lines; $i++) {
        ($cur_file, $cur_line) = @{$lines[$i]}[0, 1];
        my $l = $lines[$i][2];
        last if $l =~ /^\@end\s+\Q$name\E\s*$/;
        fail("unsupported \@$1 inside \@$name") if $l =~ /^\@(c|comment)\b/;
        my $out;
        if ($name eq 'verbatim') {
            ($out = $l) =~ s/\\/\\e/g;
            $out =~ s/-/\\-/g;
        } else {
            $code_depth++;
            $out = inline($l);
            $code_depth--;
        }
        $out = "\\&$out" if $out =~ /^['.]/ || $out eq '';
        emit("$out\n");
    }
    fail("\@$name does not end") if $i >= @lines;
    emit(".fi\n");
    emit(".RE\n") unless @lists;
    $item_start = $after_heading = 0;
    return $i;
}

# Skips lines from index I to the matching @end NAME; returns its index.
sub skip_block {
    my ($i, $name) = @_;
    my $depth = 0;
    for ($i++; $i < @lines; $i++) {
        my $l = $lines[$i][2];
        $depth++ if $l =~ /^\@\Q$name\E\b/;
        if ($l =~ /^\@end\s+\Q$name\E\s*$/) {
            return $i if $depth == 0;
            $depth--;
        }
    }
    fail("\@$name does not end");
}

# Conditionals: the man page is not TeX, HTML or Info output.
my %cond_skip = (iftex => 1, ifhtml => 1, ifinfo => 1, ifdocbook => 1,
                 ifxml => 1, iflatex => 1, ifplaintext => 1);
my %cond_keep = (ifnottex => 1, ifnothtml => 1, ifnotinfo => 1,
                 ifnotdocbook => 1, ifnotxml => 1, ifnotlatex => 1,
                 ifnotplaintext => 1);
my @open_conds;             # names of the conditionals being kept

my %index_cmds = map { $_ => 1 } qw(cindex findex vindex kindex pindex tindex);

# Handles the line at index I inside a man block; returns the index of the
# last line it used.
sub man_line {
    my ($i) = @_;
    my $l = $lines[$i][2];

    if ($l =~ /^\s*$/) {
        flush_para();
        return $i;
    }
    return $i if $l =~ /^\@(c|comment)(\s|$)/;
    if ($l =~ /^\@(\w+)\s*(.*?)\s*$/) {
        my ($cmd, $rest) = ($1, $2);
        if ($index_cmds{$cmd} || $cmd =~ /^(node|anchor|noindent|need|page|contents|printindex|refill|indent)$/) {
            return $i;
        }
        if ($cmd =~ /^(menu|detailmenu|ignore|titlepage|copying|direntry)$/) {
            flush_para();
            return skip_block($i, $cmd);
        }
        if ($cmd =~ /^(chapter|section|subsection|subsubsection|unnumbered|unnumberedsec|unnumberedsubsec|appendix|appendixsec|heading|subheading|majorheading|chapheading|top)$/) {
            subsection($rest);
            return $i;
        }
        if ($cmd eq 'subsubheading') {
            subsubheading($rest);
            return $i;
        }
        if ($cmd =~ /^(example|smallexample|display|smalldisplay|format|smallformat|lisp|verbatim)$/) {
            return example($i, $cmd);
        }
        if ($cmd eq 'table' || $cmd eq 'vtable' || $cmd eq 'ftable') {
            $rest =~ /^\@(\w+)$/ or fail("\@$cmd needs a formatting command");
            open_list({kind => 'table', fmt => $1});
            return $i;
        }
        if ($cmd eq 'itemize') {
            my $mark = $rest eq '@minus' ? '\-' : '\(bu';
            fail("unsupported \@itemize $rest")
                unless $rest eq '' || $rest eq '@bullet' || $rest eq '@minus';
            open_list({kind => 'itemize', mark => $mark});
            return $i;
        }
        if ($cmd eq 'enumerate') {
            fail("unsupported \@enumerate $rest") unless $rest =~ /^\d*$/;
            open_list({kind => 'enumerate', n => ($rest eq '' ? 1 : $rest)});
            return $i;
        }
        if ($cmd eq 'item') {
            item($rest);
            return $i;
        }
        if ($cmd eq 'quotation' || $cmd eq 'indentedblock') {
            flush_para();
            emit(@lists ? ".RS\n" : ".RS 4\n");
            $quotation_rs++;
            $after_heading = 1;
            return $i;
        }
        if ($cmd eq 'set') {
            set_value($rest);
            return $i;
        }
        if ($cmd eq 'clear') {
            delete $values{$rest};
            return $i;
        }
        if ($cmd eq 'sp') {
            flush_para();
            emit(".sp\n");
            return $i;
        }
        if ($cmd eq 'end') {
            return end_block($rest, $i);
        }
        if ($cond_skip{$cmd}) {
            flush_para();
            return skip_block($i, $cmd);
        }
        if ($cond_keep{$cmd}) {
            push @open_conds, $cmd;
            return $i;
        }
        if ($cmd eq 'ifset' || $cmd eq 'ifclear') {
            my $set = exists $values{$rest};
            if ($set == ($cmd eq 'ifset')) {
                push @open_conds, $cmd;
                return $i;
            }
            return skip_block($i, $cmd);
        }
    }
    fail("unsupported line: $l") if $l =~ /^\@(itemx|multitable|float|image|footnote|verb)\b/;
    push @para, $l;
    return $i;
}

sub set_value {
    my ($rest) = @_;
    $rest =~ /^(\S+)\s*(.*)$/ or fail("bad \@set");
    $values{$1} = $2;
}

sub open_list {
    my ($list) = @_;
    flush_para();
    emit(".RS\n") if @lists;
    push @lists, $list;
}

sub item {
    my ($text) = @_;
    flush_para();
    my $list = $lists[-1] or fail("\@item outside a list");
    if ($list->{kind} eq 'table') {
        emit(".TP\n");
        emit_text(inline("\@$list->{fmt}\{$text\}"));
    } else {
        fail("text after \@item in \@$list->{kind}") if length $text;
        if ($list->{kind} eq 'itemize') {
            emit(".IP $list->{mark} 2\n");
        } else {
            emit(".IP $list->{n}. 4\n");
            $list->{n}++;
        }
    }
    $item_start = 1;
}

sub end_block {
    my ($name, $i) = @_;
    flush_para();
    if ($name =~ /^(table|vtable|ftable|itemize|enumerate)$/) {
        fail("\@end $name without its start") unless @lists;
        pop @lists;
        emit(".RE\n") if @lists;
        $item_start = 0;
        return $i;
    }
    if ($name eq 'quotation' || $name eq 'indentedblock') {
        fail("\@end $name without its start") unless $quotation_rs;
        emit(".RE\n");
        $quotation_rs--;
        return $i;
    }
    if (@open_conds && $open_conds[-1] eq $name) {
        pop @open_conds;
        return $i;
    }
    fail("unexpected \@end $name");
}

# Ends the current man block.
sub end_man_block {
    flush_para();
    fail("a list is still open at \@c man end") if @lists;
    fail("a quotation is still open at \@c man end") if $quotation_rs;
    close_heading_rs();
    $section = undef;
}

# ---- The walk ------------------------------------------------------------------

for (my $i = 0; $i < @lines; $i++) {
    ($cur_file, $cur_line) = @{$lines[$i]}[0, 1];
    my $l = $lines[$i][2];
    if ($l =~ /^\@c\s+man\s+begin\s+(\S.*?)\s*$/) {
        fail("\@c man begin inside a man block") if defined $section;
        $section = $1;
        if (!exists $sections{$section}) {
            $sections{$section} = '';
            push @section_order, $section;
        }
        $after_heading = 1;
        $item_start = 0;
        next;
    }
    if ($l =~ /^\@c\s+man\s+end\s*$/) {
        fail("\@c man end outside a man block") unless defined $section;
        end_man_block();
        next;
    }
    fail("unknown man marker: $l") if $l =~ /^\@c\s+man\b/;
    if (defined $section) {
        $i = man_line($i);
        next;
    }
    # Outside the blocks only the values matter.
    if ($l =~ /^\@set\s+(.*)$/) {
        set_value($1);
    } elsif ($l =~ /^\@clear\s+(\S+)/) {
        delete $values{$1};
    }
}
fail("\@c man begin $section does not end") if defined $section;

# ---- Output ------------------------------------------------------------------

for my $need (qw(NAME SYNOPSIS)) {
    fail("no \@c man begin $need block") unless exists $sections{$need};
}
for my $v (qw(VERSION UPDATED)) {
    fail("\@value{$v} is not set (\@include version.texi)")
        unless exists $values{$v};
}
my @order = ('NAME', 'SYNOPSIS',
             (grep { !/^(NAME|SYNOPSIS|SEE ALSO)$/ } @section_order),
             (exists $sections{'SEE ALSO'} ? ('SEE ALSO') : ()));

(my $base = $input) =~ s{.*/}{};
print ".\\\" Generated by texi2man.pl from $base; do not edit.\n";
print ".TH ASMCLOBBER 7 \"$values{UPDATED}\" \"asmclobber $values{VERSION}\" \"asmclobber manual\"\n";
# No hyphenation and no justification: the text is full of option names
# and code, which must not be split or stretched.
print ".nh\n.ad l\n";
for my $s (@order) {
    (my $title = $s) =~ s/"/\\(dq/g;
    print ".SH \"$title\"\n", $sections{$s};
}
