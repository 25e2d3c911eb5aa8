package code

// ACLED labels recoded once the event is whole (issue 3). The rules in
// acled.go and its siblings label an event as it is built; some
// conventions of the gold can only be read off the finished event — its
// sides, its places, the other events of the sentence — and the readers
// here apply them, before the CAMEO readers that look at the labels.

// acledRecoding is a reader's verdict: set says it decides, and an empty
// typ and sub then mean ACLED would not record the event.
type acledRecoding struct {
	typ, sub string
	set      bool
}

// keepACLED is the verdict of a reader that leaves the label alone.
var keepACLED = acledRecoding{}

// recordedAs is the verdict that gives an event ACLED's type and sub-event type.
func recordedAs(typ, sub string) acledRecoding { return acledRecoding{typ, sub, true} }

// notRecorded is the verdict for an event ACLED would not record.
var notRecorded = acledRecoding{set: true}

// acledReaders are the recoding readers, in the order they apply; each
// sees the labels the one before gave: acled30 (deals with rebels,
// armed groups' blockades), acled31 (two-sided fights, arrests by troops,
// suicide bombings), acled32 (symbols burnt, protests only called,
// bodies found after force on protesters), acled33 (protesters attacked
// by civilians who are no crowd, the decrees of a coup), acled34 (a
// government sending its own army out at home, a force leaving a country
// not its own), acled35 (shooting aimed at protesters, state force after a
// riot told before it).
var acledReaders = []func(*candidate) acledRecoding{acled30Label, acled31Label, acled32Label, acled33Label, acled34Label, acled35Label}

// recodeACLEDs runs the readers over the document's events.
func recodeACLEDs(d *doc) {
	for _, cd := range d.cands {
		if cd.folded {
			continue
		}
		for _, read := range acledReaders {
			if v := read(cd); v.set {
				cd.ev.ACLEDType, cd.ev.ACLEDSubtype = v.typ, v.sub
			}
		}
	}
	acled31BlastWeapon(d)
	acled32BackdropProtest(d)
	acled32ShotBeforeProtest(d)
	acled35LootingInUnrest(d)
}
